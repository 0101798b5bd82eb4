package dev.briefing.web;

import dev.briefing.core.BriefingException;
import dev.briefing.core.SharedCore;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedMode;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.schedule.NextFireTime;
import dev.briefing.core.store.CacheValidators;
import dev.briefing.core.store.FeedState;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.web.access.AdminToken;
import dev.briefing.web.metrics.MetricsHistory;
import dev.briefing.web.status.StatusTables;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The operator server on a free port, over in-memory stores holding one invented article, a
 * subscription with a failed digest and two feeds (one failing).
 */
final class TestConsole implements AutoCloseable {
  static final String TOKEN = "correct-horse-battery-staple-42";

  /** An invented article: two people quoted, facts to ask about. */
  static final String ARTICLE =
      """
      Harbor town votes to rebuild the old pier

      The council of Marlow Bay voted on Tuesday to rebuild the wooden pier that storms destroyed last winter.

      "The pier is the heart of this town," said Mayor Edda Quillfeather. "We will have it open by next summer."

      The project will cost 4 million euros, paid partly by a regional grant.

      Fisherman Tobias Renwick said the old pier had been unsafe for years. "I lost two boats there," he said.

      Construction starts in March, according to the harbor office.
      """;

  final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  final String articleId;
  private final OperatorServer server;

  TestConsole(Optional<AdminToken> token) {
    this(token, MetricsHistory.NONE);
  }

  /** With {@code history} behind the status page's charts. */
  TestConsole(Optional<AdminToken> token, MetricsHistory history) {
    Clock clock = Clock.systemUTC();
    var engine = SharedCore.get().engine();
    var analyzed = engine.analyze(SharedCore.article("marlow-pier.txt", ARTICLE));
    articles.save(analyzed);
    articleId = analyzed.article().id();
    // Subscribed three days ago, so the failed digest of two days ago is theirs.
    var subscriptions =
        new InMemorySubscriptionRepository(Clock.offset(clock, Duration.ofDays(-3)));
    var deliveries = new InMemoryDeliveryLog(subscriptions);
    var follows = new InMemoryFeedFollowRepository();
    var feedStates = new InMemoryFeedStateStore();
    seed(clock, subscriptions, deliveries, follows, feedStates);
    OperatorPages pages =
        new OperatorPages(
            token,
            engine,
            articles,
            SharedCore.get().reader(),
            Optional.of(
                url -> {
                  throw new BriefingException("Links are not read in tests: " + url.getHost());
                }),
            new StatusTables(subscriptions, deliveries, follows, feedStates, clock),
            history,
            clock);
    server =
        OperatorServer.start(
            0, new Probes(() -> Optional.empty(), () -> "briefing_up 1.0\n"), Optional.of(pages));
  }

  private static void seed(
      Clock clock,
      InMemorySubscriptionRepository subscriptions,
      InMemoryDeliveryLog deliveries,
      InMemoryFeedFollowRepository follows,
      InMemoryFeedStateStore feedStates) {
    Instant now = clock.instant();
    ChatAddress chat = ChatAddress.of("telegram", "-100200300");
    Subscription daily =
        subscriptions.add(
            new NewSubscription(
                chat, LocalTime.of(7, 30), Subscription.EVERY_DAY, ZoneId.of("Europe/Berlin")));
    subscriptions.add(
        new NewSubscription(
            ChatAddress.of("slack", "C0123"),
            LocalTime.of(17, 0),
            Subscription.WEEKDAYS,
            ZoneId.of("America/New_York")));
    // A digest that failed two days ago.
    Instant due = NextFireTime.after(daily, now.minus(Duration.ofDays(2)));
    deliveries.claim(daily.id(), due, due);
    deliveries.markFailed(daily.id(), due, due, "Forbidden: bot was blocked by the user");
    follows.follow(chat, "https://news.example.org/rss", FeedMode.INSTANT);
    follows.follow(chat, "https://broken.example.net/feed.xml");
    feedStates.save(
        new FeedState(
            URI.create("https://news.example.org/rss"),
            CacheValidators.NONE,
            List.of("a", "b", "c"),
            0,
            Optional.empty(),
            now.plus(Duration.ofMinutes(9))));
    feedStates.save(
        new FeedState(
            URI.create("https://broken.example.net/feed.xml"),
            CacheValidators.NONE,
            List.of(),
            3,
            Optional.of("HTTP 503"),
            now.plus(Duration.ofMinutes(40))));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    server.close();
  }
}
