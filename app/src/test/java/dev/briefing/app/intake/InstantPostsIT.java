package dev.briefing.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedMode;
import dev.briefing.core.digest.ChatFilter;
import dev.briefing.core.digest.InstantPosts;
import dev.briefing.core.digest.StoryGrouping;
import dev.briefing.core.store.FeedStateStore;
import dev.briefing.core.store.InMemoryFeedStateStore;
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
import dev.briefing.storage.TestDatabase;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingChatAdapter;
import dev.briefing.testing.RecordingChatAdapter.Sent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instant posts end to end: an RSS feed served on 127.0.0.1 (allowed by this test's address
 * policy), polled by the real feed poller into the real JDBC stores, posted through {@link
 * InstantPosts} to a recording chat adapter.
 */
class InstantPostsIT {
  private static final ChatAddress INSTANT = ChatAddress.of("telegram", "100");
  private static final ChatAddress DIGEST = ChatAddress.of("telegram", "200");

  @RegisterExtension final TestDatabase postgres = TestDatabase.postgres();
  @TempDir Path dir;

  private final MockWebServer server = new MockWebServer();
  private volatile String feedBody = "";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T08:00:00Z"));
  private final RecordingChatAdapter chats = new RecordingChatAdapter();
  private String feed;

  @BeforeEach
  void serveFeed() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return "/feed.xml".equals(request.getPath())
                ? new MockResponse()
                    .setHeader("Content-Type", "application/rss+xml")
                    .setBody(feedBody)
                : new MockResponse().setResponseCode(404);
          }
        });
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    feed = server.url("/feed.xml").toString();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aNewItemIsPostedOnceToTheInstantChatOnlyAndNotAgainAfterARestart() {
    DatabaseSettings file =
        new DatabaseSettings(
            "jdbc:h2:file:" + dir.resolve("briefing") + ";DB_CLOSE_DELAY=0", "sa", "");
    try (Database first = Database.open(file)) {
      Node node = new Node(first.dataSource(), ChatFilter.NONE);
      node.follows.follow(INSTANT, feed, FeedMode.INSTANT);
      node.follows.follow(DIGEST, feed);
      feedBody = rss(1);
      node.intake.run();
    }
    assertThat(chats.sent()).extracting(Sent::chat).containsExactly(INSTANT);
    assertThat(chats.sent().get(0).reply().text()).startsWith("Harbour story 1\n");

    feedBody = rss(2);
    clock.advance(Duration.ofMinutes(16));
    try (Database restarted = Database.open(file)) {
      new Node(restarted.dataSource(), ChatFilter.NONE).intake.run();
      // even a node that forgot which items its feeds had must not post them again
      new Node(restarted.dataSource(), ChatFilter.NONE, new InMemoryFeedStateStore()).intake.run();
    }

    assertThat(chats.sent()).hasSize(2);
    assertThat(chats.sent().get(1).reply().text()).startsWith("Harbour story 2\n");
    assertThat(chats.sent()).extracting(Sent::chat).containsOnly(INSTANT);
  }

  @Test
  void twoInstancesOnOnePostgresPollingTheSameFeedPostEachItemOnce() throws Exception {
    Node one = new Node(postgres.dataSource(), ChatFilter.NONE);
    Node two = new Node(postgres.openAnother().dataSource(), ChatFilter.NONE);
    one.follows.follow(INSTANT, feed, FeedMode.INSTANT);
    feedBody = rss(3);

    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<?>[] runs =
        List.of(one, two).stream()
            .map(
                node ->
                    CompletableFuture.runAsync(
                        () -> {
                          await(start);
                          node.intake.run();
                        }))
            .toArray(CompletableFuture[]::new);
    start.countDown();
    CompletableFuture.allOf(runs).get(60, TimeUnit.SECONDS);
    two.intake.run();

    assertThat(chats.sent())
        .extracting(s -> s.reply().text().lines().findFirst().orElseThrow())
        .containsExactlyInAnyOrder("Harbour story 1", "Harbour story 2", "Harbour story 3");
  }

  @Test
  void moreThanFiveNewItemsFromOnePollAreOneListingMessage() {
    Node node = new Node(postgres.dataSource(), ChatFilter.NONE);
    node.follows.follow(INSTANT, feed, FeedMode.INSTANT);
    feedBody = rss(7);

    node.intake.run();

    assertThat(chats.sent()).hasSize(1);
    String text = chats.sent().get(0).reply().text();
    assertThat(text).startsWith("7 new items from your instant feeds:");
    IntStream.rangeClosed(1, 7).forEach(n -> assertThat(text).contains("Harbour story " + n));
  }

  @Test
  void onlyItemsPassingTheChatsFilterArePosted() {
    Node node = new Node(postgres.dataSource(), (chat, a) -> a.article().title().endsWith("2"));
    node.follows.follow(INSTANT, feed, FeedMode.INSTANT);
    feedBody = rss(3);

    node.intake.run();

    assertThat(chats.sent())
        .extracting(s -> s.reply().text().lines().findFirst().orElseThrow())
        .containsExactly("Harbour story 2");
  }

  /** One instance's feed intake and instant posts on a database. */
  private final class Node {
    final JdbcFeedFollowRepository follows;
    final FeedIntake intake;

    Node(DataSource data, ChatFilter filter) {
      this(data, filter, new JdbcFeedStateStore(data));
    }

    Node(DataSource data, ChatFilter filter, FeedStateStore states) {
      FakeBriefingEngine engine = new FakeBriefingEngine();
      follows = new JdbcFeedFollowRepository(data);
      SourceSettings http = SourceSettings.defaults();
      var pages =
          new HttpPageFetcher(HttpPageFetcher.defaultClient(http), http, AddressPolicy.anyHost());
      ArticleAssembler assembler = new ArticleAssembler(new FakeArticleReader());
      FeedPoller poller =
          new FeedPoller(
              pages,
              new FeedReader(),
              new UrlArticleSource(pages, new ArticleExtractor(), assembler),
              assembler,
              states,
              FeedSettings.defaults(),
              clock);
      Function<DataSource, JdbcArticleRepository> articles =
          d -> new JdbcArticleRepository(d, engine::analyze, clock);
      InstantPosts posts =
          new InstantPosts(
              engine,
              follows,
              new JdbcInstantPostLog(data),
              chats,
              filter,
              StoryGrouping.NONE,
              clock);
      intake =
          new FeedIntake(
              poller, follows, List.of(), articles.apply(data), engine, clock, posts::post);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An RSS document with items 1..n, newest first; item pages answer 404. */
  private String rss(int items) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour</title>"
                + "<link>https://harbour.example/</link><description>d</description>");
    for (int i = items; i >= 1; i--) {
      xml.append("<item><title>Harbour story ")
          .append(i)
          .append("</title><link>")
          .append(server.url("/story-" + i))
          .append("</link><guid>story-")
          .append(i)
          .append("</guid><description>The harbour reported event number ")
          .append(i)
          .append(" today. Ships waited outside.</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }
}
