package dev.briefing.bench;

import com.sun.net.httpserver.HttpServer;
import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.FeedMode;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.ChatFilter;
import dev.briefing.core.digest.InstantPosts;
import dev.briefing.core.digest.SameStoryGrouping;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.model.Article;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedReader;
import dev.briefing.sources.feed.FeedSettings;
import dev.briefing.sources.web.AddressPolicy;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.SourceSettings;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.JdbcArticleRepository;
import dev.briefing.storage.JdbcFeedFollowRepository;
import dev.briefing.storage.JdbcFeedStateStore;
import dev.briefing.storage.JdbcInstantPostLog;
import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.settings.TelegramSettings;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node polling 500 RSS feeds served on 127.0.0.1, each followed in instant mode by its own
 * Telegram chat, against a fake Bot API that refuses a 31st sendMessage within a second (429). The
 * real feed poller, BM25 engine, H2 stores, instant post claims and Telegram adapter (its outbound
 * queue keeps the limits). Two rounds: 20 new items in every feed (one poll of each feed gives each
 * chat 20 items: one listing message per chat, 500 messages for 10,000 items), then 5 new items in
 * every feed (five posts per chat, each with its cited summary: 2,500 messages). Prints items
 * posted per second, time to the last post and the 429s.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.InstantPostsHarness</pre>
 */
public final class InstantPostsHarness {
  private static final int FEEDS = 500;
  private static final long FIRST_CHAT = 5_000_000L;

  /**
   * Headlines and texts of unrelated stories, so consecutive items of a feed are not one story to
   * the grouping (a feed of near-duplicates would be posted as fewer stories).
   */
  private static final String[][] STORIES = {
    {
      "Council approves tram line",
      "The council approved the tram line on Monday. Mayor Alvarez"
          + " said it would cost 40 million euros."
    },
    {
      "Storm closes harbour",
      "A storm closed the harbour overnight. Ferries to the islands were"
          + " cancelled until Friday."
    },
    {
      "Chipmaker raises forecast",
      "The chipmaker raised its annual forecast. Its shares rose 6" + " percent in early trading."
    },
    {
      "Hospital opens new wing",
      "The hospital opened a children's wing. Doctors said waiting"
          + " times would fall by a third."
    },
    {
      "Drought cuts wheat harvest",
      "Farmers expect a smaller wheat harvest after the drought."
          + " Prices at the exchange climbed."
    },
    {
      "Museum returns stolen painting",
      "The museum returned a painting stolen in 1978. Police" + " found it in a private collection."
    },
    {
      "Rail strike halts trains",
      "Train drivers went on strike for higher pay. Commuters crowded" + " the buses on Tuesday."
    },
  };

  private final AtomicInteger[] items = new AtomicInteger[FEEDS];
  private BriefingEngine engine;
  private final AtomicInteger queued = new AtomicInteger();
  private int port;
  private volatile Instant now = Instant.parse("2026-12-07T08:00:00Z");

  private InstantPostsHarness() {
    for (int i = 0; i < FEEDS; i++) {
      items[i] = new AtomicInteger();
    }
  }

  public static void main(String[] args) throws Exception {
    new InstantPostsHarness().run();
  }

  private void run() throws Exception {
    HttpServer feeds = feedServer();
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    BriefingCore core = Engines.create(Engines.BM25);
    engine = core.engine();
    try (RateLimitedBotApi api = new RateLimitedBotApi(30);
        Database database =
            Database.open(new DatabaseSettings("jdbc:h2:mem:instant;DB_CLOSE_DELAY=-1", "sa", ""));
        TelegramBot bot = bot(api)) {
      var data = database.dataSource();
      var follows = new JdbcFeedFollowRepository(data);
      var articles = new JdbcArticleRepository(data, core.engine()::analyze, clock);
      SourceSettings http = SourceSettings.defaults();
      var pages =
          new HttpPageFetcher(HttpPageFetcher.defaultClient(http), http, AddressPolicy.anyHost());
      ArticleAssembler assembler = new ArticleAssembler(core.reader());
      FeedPoller poller =
          new FeedPoller(
              pages,
              new FeedReader(),
              new UrlArticleSource(pages, new ArticleExtractor(), assembler),
              assembler,
              new JdbcFeedStateStore(data),
              FeedSettings.defaults(),
              clock);
      InstantPosts instant =
          new InstantPosts(
              core.engine(),
              follows,
              new JdbcInstantPostLog(data),
              counting(bot.chatAdapter()),
              ChatFilter.NONE,
              new SameStoryGrouping(),
              clock);
      port = feeds.getAddress().getPort();
      for (int i = 0; i < FEEDS; i++) {
        String url = "http://127.0.0.1:" + port + "/feed/" + i;
        follows.follow(
            ChatAddress.of("telegram", String.valueOf(FIRST_CHAT + i)), url, FeedMode.INSTANT);
        poller.subscribe(URI.create(url));
      }
      tick(poller, articles, instant, follows); // the empty feeds: nothing to post
      round("20 new items in each of 500 feeds", 20, api, poller, articles, instant, follows);
      round("5 new items in each of 500 feeds", 5, api, poller, articles, instant, follows);
    } finally {
      feeds.stop(0);
    }
  }

  private void round(
      String what,
      int newItems,
      RateLimitedBotApi api,
      FeedPoller poller,
      JdbcArticleRepository articles,
      InstantPosts instant,
      JdbcFeedFollowRepository follows)
      throws InterruptedException {
    for (AtomicInteger feed : items) {
      feed.addAndGet(newItems);
    }
    now = now.plus(Duration.ofMinutes(16));
    int sentBefore = api.limit.sent.get();
    int tooManyBefore = api.limit.tooMany.get();
    int queuedBefore = queued.get();
    long start = System.nanoTime();
    int stored = tick(poller, articles, instant, follows);
    long polled = System.nanoTime();
    int expected = queued.get() - queuedBefore;
    while (api.limit.sent.get() - sentBefore < expected) {
      Thread.sleep(5);
    }
    double last = (api.lastTakenNanos() - start) / 1e9;
    System.out.printf(
        "%s: %d items stored, polled and handed to the queue in %.1f s; %d messages, the last"
            + " %.1f s after the poll began: %.0f items/s, %.1f messages/s; 429s: %d%n",
        what,
        stored,
        (polled - start) / 1e9,
        api.limit.sent.get() - sentBefore,
        last,
        stored / last,
        (api.limit.sent.get() - sentBefore) / last,
        api.limit.tooMany.get() - tooManyBefore);
  }

  /** What the app's FeedIntake does each tick: poll the due feeds, store, post. */
  private int tick(
      FeedPoller poller,
      JdbcArticleRepository articles,
      InstantPosts instant,
      JdbcFeedFollowRepository follows) {
    Map<String, List<AnalyzedArticle>> stored = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<URI, List<Article>> fresh : poller.pollDueByFeed(now).entrySet()) {
      String feed = fresh.getKey().toString();
      List<AnalyzedArticle> analyzed = fresh.getValue().stream().map(engine::analyze).toList();
      analyzed.forEach(a -> articles.save(a, ArticleOrigin.feed(feed)));
      stored.put(feed, analyzed);
      count += analyzed.size();
    }
    instant.post(stored);
    return count;
  }

  private HttpServer feedServer() throws java.io.IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "feed-server");
              thread.setDaemon(true);
              return thread;
            }));
    server.createContext(
        "/feed/",
        exchange -> {
          String[] path = exchange.getRequestURI().getPath().split("/");
          byte[] body = new byte[0];
          int code = 404;
          if (path.length == 3) {
            int feed = Integer.parseInt(path[2]);
            body = rss(feed, items[feed].get()).getBytes(StandardCharsets.UTF_8);
            code = 200;
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
          }
          exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }

  /**
   * A feed's newest 20 items (as feeds show a window), each a three-sentence story; item pages
   * answer 404, so each article is the item's own text.
   */
  private String rss(int feed, int count) {
    StringBuilder xml =
        new StringBuilder("<?xml version='1.0'?><rss version='2.0'><channel><title>Feed ")
            .append(feed)
            .append("</title><link>http://feed")
            .append(feed)
            .append(".example/</link><description>d</description>");
    for (int i = count; i > Math.max(0, count - 20); i--) {
      String id = feed + "-" + i;
      String[] story = STORIES[(feed + i) % STORIES.length];
      xml.append("<item><title>")
          .append(story[0])
          .append(" (")
          .append(id)
          .append(")")
          .append("</title><link>http://127.0.0.1:")
          .append(port)
          .append("/item/")
          .append(id)
          .append("</link><guid>")
          .append(id)
          .append("</guid><description>")
          .append(story[1])
          .append(" Item ")
          .append(id)
          .append(" of the feed.</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  /** Counts the messages handed to the platform's chat adapter. */
  private ChatAdapter counting(ChatAdapter chats) {
    return new ChatAdapter() {
      @Override
      public void send(ChatAddress chat, Reply reply) {
        queued.incrementAndGet();
        chats.send(chat, reply);
      }

      @Override
      public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
        queued.incrementAndGet();
        return chats.deliver(chat, reply);
      }
    };
  }

  private static TelegramBot bot(RateLimitedBotApi api) {
    TelegramSettings settings =
        TelegramSettings.longPolling("123456:ABC-def_ghi")
            .withApiUrl(URI.create(api.url()))
            .withPollTimeout(Duration.ofSeconds(1));
    return new TelegramBot(
        settings,
        new CommandRouter(List.of(), (message, text) -> List.of()),
        List.of(),
        new InMemorySubscriptionRepository(Clock.systemUTC()),
        Clock.systemUTC(),
        BotMetrics.NONE,
        InboundDedup.inMemory(),
        RateBudget.unlimited());
  }
}
