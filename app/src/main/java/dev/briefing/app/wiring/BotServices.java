package dev.briefing.app.wiring;

import dev.briefing.app.config.BriefingConfig;
import dev.briefing.app.intake.ArticleLoader;
import dev.briefing.app.intake.ArticleRetention;
import dev.briefing.app.intake.FeedIntake;
import dev.briefing.app.intake.FolderIntake;
import dev.briefing.app.ops.MicrometerMetrics;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ChatScope;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.chat.FeedCommands;
import dev.briefing.core.chat.FeedExport;
import dev.briefing.core.chat.FeedImport;
import dev.briefing.core.chat.PlatformChatAdapter;
import dev.briefing.core.digest.ChatFilter;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.digest.FilterCommands;
import dev.briefing.core.digest.InstantPosts;
import dev.briefing.core.digest.SameStoryGrouping;
import dev.briefing.core.digest.StoryGrouping;
import dev.briefing.core.digest.SubscriptionCommands;
import dev.briefing.core.digest.WordFilters;
import dev.briefing.core.ingest.ArticleFetcher;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.FeedFollowRepository;
import dev.briefing.core.store.InboundEventLog;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.quartz.QuartzDigestScheduler;
import dev.briefing.quartz.QuartzSettings;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedReader;
import dev.briefing.sources.feed.FeedSettings;
import dev.briefing.sources.files.FolderSource;
import dev.briefing.sources.opml.XmlOpmlCodec;
import dev.briefing.sources.web.AddressPolicy;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.PageFetcher;
import dev.briefing.sources.web.SourceSettings;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.storage.Database;
import dev.briefing.storage.JdbcArticleRepository;
import dev.briefing.storage.JdbcChatFilterRepository;
import dev.briefing.storage.JdbcChatSettingsRepository;
import dev.briefing.storage.JdbcConversationStore;
import dev.briefing.storage.JdbcDeliveryLog;
import dev.briefing.storage.JdbcFeedFollowRepository;
import dev.briefing.storage.JdbcFeedStateStore;
import dev.briefing.storage.JdbcInboundEventLog;
import dev.briefing.storage.JdbcInstantPostLog;
import dev.briefing.storage.JdbcRateBudget;
import dev.briefing.storage.JdbcSubscriptionRepository;
import dev.briefing.web.OperatorPages;
import dev.briefing.web.access.AdminToken;
import dev.briefing.web.metrics.MetricsHistory;
import dev.briefing.web.status.StatusTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * What {@code briefing run} serves with: the database, the repositories on it, the digest service
 * and its Quartz scheduler, and the command router with the briefing and digest commands. Wired by
 * hand; {@link #close()} stops the scheduler (letting digests being sent finish) and then the
 * database pool, once.
 */
public final class BotServices implements AutoCloseable {
  private final Database database;
  private final QuartzDigestScheduler scheduler;
  private final CommandRouter router;
  private final List<CommandSpec> commands;
  private final SubscriptionRepository subscriptions;
  private final InboundEventLog events;
  private final ConversationStore conversations;
  private final MicrometerMetrics metrics = new MicrometerMetrics();

  /** How often the feeds due for a poll are read; each feed has its own poll interval. */
  static final Duration FEED_CHECK = Duration.ofMinutes(1);

  static final Duration FOLDER_SCAN = Duration.ofMinutes(5);

  /** How long closing waits for digests and feed reads running then; the rest are recovered. */
  static final Duration JOBS_GRACE = Duration.ofSeconds(15);

  private final AtomicBoolean closed = new AtomicBoolean();
  private final ArticleRetention retention;
  private final FeedFollowRepository follows;
  private final FeedIntake feedIntake;
  private final Optional<FolderIntake> folderIntake;
  private final ArticleLoader loader;
  private final StatusTables status;
  private final ArticleRepository articles;
  private final ArticleFetcher links;
  private final BriefingCore core;
  private final Clock clock;

  /**
   * @param chats the platforms' outbound adapters; digests go through them
   */
  public BotServices(
      BriefingCore core, BriefingConfig config, PlatformChatAdapter chats, Clock clock) {
    this.core = core;
    this.clock = clock;
    database = Database.open(config.database());
    try {
      var dataSource = database.dataSource();
      articles = new JdbcArticleRepository(dataSource, core.engine()::analyze, clock);
      subscriptions = new JdbcSubscriptionRepository(dataSource, clock);
      events = new JdbcInboundEventLog(dataSource);
      conversations = new JdbcConversationStore(dataSource, clock);
      var settings = new JdbcChatSettingsRepository(dataSource);
      follows = new JdbcFeedFollowRepository(dataSource);
      var filterRepository = new JdbcChatFilterRepository(dataSource);
      ChatFilter chatFilters = new WordFilters(filterRepository);
      StoryGrouping stories = new SameStoryGrouping(); // one entry or post per story
      SourceSettings http = SourceSettings.defaults();
      AddressPolicy hosts =
          config.allowPrivateNetworks() ? AddressPolicy.anyHost() : AddressPolicy.publicOnly();
      PageFetcher pages = new HttpPageFetcher(HttpPageFetcher.defaultClient(http), http, hosts);
      ArticleAssembler assembler = new ArticleAssembler(core.reader());
      UrlArticleSource urls = new UrlArticleSource(pages, new ArticleExtractor(), assembler);
      links = urls::read;
      JdbcFeedStateStore feedStates = new JdbcFeedStateStore(dataSource);
      JdbcDeliveryLog deliveryLog = new JdbcDeliveryLog(dataSource);
      status = new StatusTables(subscriptions, deliveryLog, follows, feedStates, clock);
      FeedPoller poller =
          new FeedPoller(
              pages, new FeedReader(), urls, assembler, feedStates, FeedSettings.defaults(), clock);
      // new items of feeds followed in instant mode are posted as they arrive
      InstantPosts instant =
          new InstantPosts(
              core.engine(),
              follows,
              new JdbcInstantPostLog(dataSource),
              chats,
              chatFilters,
              stories,
              clock,
              articles::find);
      feedIntake =
          new FeedIntake(
              poller, follows, config.feeds(), articles, core.engine(), clock, instant::post);
      loader = new ArticleLoader(articles, core.engine());
      folderIntake =
          config
              .folder()
              .map(folder -> new FolderIntake(new FolderSource(folder, core.reader()), loader));
      XmlOpmlCodec opml = new XmlOpmlCodec();
      FeedCommands feeds =
          new FeedCommands(follows, feed -> {}, feedIntake::problem, feedIntake)
              .withOpml(
                  new FeedImport(
                      follows, feed -> {}, Optional.of(feedIntake), opml, FeedImport.MAX_FEEDS),
                  new FeedExport(follows, opml));
      Function<ChatAddress, Set<ArticleOrigin>> followedFeeds = feeds::followedBy;
      ChatScope scope = new ChatScope(articles, settings, followedFeeds);
      var options = config.digests().options();
      DigestService digests =
          new DigestService(
              core.engine(),
              articles,
              subscriptions,
              deliveryLog,
              chats,
              clock,
              options,
              scope::origins,
              metrics,
              chatFilters,
              stories,
              chat -> settings.findDigestLayout(chat).orElse(DigestLayout.DEFAULT));
      scheduler =
          QuartzDigestScheduler.create(
              dataSource, digests, subscriptions, clock, QuartzSettings.defaults(options));
      SubscriptionCommands digestCommands =
          new SubscriptionCommands(
              subscriptions, settings, scheduler, digests, clock, config.digests().defaultZone());
      BriefingCommands briefing =
          new BriefingCommands(
              core.engine(),
              core.reader(),
              articles,
              settings,
              followedFeeds,
              Optional.of(links),
              new DetectedLanguageCheck(),
              config.summary().sentences(),
              concat(
                  digestCommands.commands(),
                  concat(feeds.commands(), new FilterCommands(filterRepository).commands())),
              conversations,
              clock);
      retention = new ArticleRetention(articles, config.retention(), clock);
      router = briefing.router();
      commands = briefing.commands();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static List<CommandSpec> concat(List<CommandSpec> first, List<CommandSpec> second) {
    List<CommandSpec> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** Whether the database answers now: for the readiness endpoint. */
  public boolean databaseReachable() {
    try (Connection connection = database.dataSource().getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  /** Stores articles for everyone, skipping those stored unchanged before. */
  public ArticleLoader articleLoader() {
    return loader;
  }

  /** What a chat platform's front end serves with; {@code chats} takes its outbound adapter. */
  public FrontendFactory.Services frontendServices(PlatformChatAdapter chats) {
    return new FrontendFactory.Services(
        router,
        commands,
        chats,
        subscriptions,
        events,
        metrics,
        (platform, credential, perSecond) ->
            JdbcRateBudget.shared(database, JdbcRateBudget.key(platform, credential), perSecond)
                .orElse(RateBudget.unlimited()),
        conversations);
  }

  /**
   * What the operator pages serve with: the same engine, articles and link fetcher (with its
   * address policy) as the chats, and the status tables.
   */
  public OperatorPages operatorPages(Optional<AdminToken> token, MetricsHistory history) {
    return new OperatorPages(
        token, core.engine(), articles, core.reader(), Optional.of(links), status, history, clock);
  }

  public MicrometerMetrics metrics() {
    return metrics;
  }

  /**
   * Starts firing digests, catching up on those missed by less than the grace; reading the due
   * feeds every minute and re-scanning the folder every five; and the hourly article retention. All
   * run as the scheduler's periodic jobs, so they run on one node at a time and shutting down lets
   * the running ones finish instead of interrupting them (an interrupted H2 file write closes the
   * database).
   */
  public void startDigests() {
    scheduler.every("feeds", FEED_CHECK, feedIntake);
    folderIntake.ifPresent(folder -> scheduler.every("folder", FOLDER_SCAN, folder));
    scheduler.every("retention", ArticleRetention.EVERY, retention);
    scheduler.start();
  }

  /** Fires no more digests or feed reads; those running go on. The first step of shutting down. */
  public void pauseDigests() {
    scheduler.pause();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        scheduler.close(JOBS_GRACE);
      } finally {
        database.close();
      }
    }
  }
}
