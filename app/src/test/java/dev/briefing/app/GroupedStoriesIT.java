package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.briefing.app.intake.FeedIntake;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.digest.SameStoryGrouping;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedReader;
import dev.briefing.sources.feed.FeedSettings;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.SourceSettings;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.RecordingChatAdapter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three feeds on a web server on 127.0.0.1 (private addresses allowed, as the test's fetcher is
 * built) carry one story in three wordings and one other story; the digest shows the story once,
 * "also in" the other two outlets. Items link to their outlet's site on a host that never resolves
 * (.invalid), so the article is the text the feed carries and its source names the outlet.
 */
class GroupedStoriesIT {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "42");

  private HttpServer server;
  private String base;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/a", exchange -> reply(exchange, feed("harbour-herald", HALVARD_A, ODESSA)));
    server.createContext("/b", exchange -> reply(exchange, feed("atlantic-wire", HALVARD_B)));
    server.createContext("/c", exchange -> reply(exchange, feed("europe-daily", HALVARD_C)));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void threeFeedsWithOneStoryGiveOneGroupedEntry() {
    FakeBriefingEngine engine = new FakeBriefingEngine();
    InMemoryArticleRepository articles = new InMemoryArticleRepository();
    InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
    List<String> feeds = List.of(base + "/a", base + "/b", base + "/c");
    feeds.forEach(feed -> follows.follow(CHAT, feed));
    poll(engine, articles, follows);
    Set<ArticleOrigin> scope = new HashSet<>();
    scope.add(ArticleOrigin.everyone());
    feeds.forEach(feed -> scope.add(ArticleOrigin.feed(feed)));
    InMemorySubscriptionRepository subscriptions =
        new InMemorySubscriptionRepository(Clock.systemUTC());
    DigestService digests =
        new DigestService(
            engine,
            articles,
            subscriptions,
            new InMemoryDeliveryLog(subscriptions),
            new RecordingChatAdapter(),
            Clock.systemUTC(),
            DigestOptions.defaults(),
            chat -> scope,
            dev.briefing.core.digest.DigestOutcomes.NONE,
            dev.briefing.core.digest.ChatFilter.NONE,
            new SameStoryGrouping(),
            chat -> DigestLayout.DEFAULT);

    String digest = digests.composeNow(CHAT, ZoneId.of("UTC")).text();

    assertThat(articles.findAll()).hasSize(4);
    assertThat(digest).startsWith("Your first digest: 4 articles in 2 stories.");
    assertThat(digest.lines().filter(line -> line.matches("\\d+\\. .*"))).as(digest).hasSize(2);
    String alsoIn =
        digest.lines().filter(line -> line.startsWith("also in: ")).collect(Collectors.joining());
    Set<String> outlets =
        Set.of("harbour-herald.invalid", "atlantic-wire.invalid", "europe-daily.invalid");
    assertThat(alsoIn.substring("also in: ".length()).split(", "))
        .hasSize(2)
        .allMatch(outlets::contains);
  }

  private static void poll(
      FakeBriefingEngine engine,
      InMemoryArticleRepository articles,
      InMemoryFeedFollowRepository follows) {
    SourceSettings http = SourceSettings.defaults();
    HttpPageFetcher pages = new HttpPageFetcher(HttpPageFetcher.defaultClient(http), http);
    ArticleAssembler assembler = new ArticleAssembler(new FakeArticleReader());
    FeedPoller poller =
        new FeedPoller(
            pages,
            new FeedReader(),
            new UrlArticleSource(pages, new ArticleExtractor(), assembler),
            assembler,
            new InMemoryFeedStateStore(),
            FeedSettings.defaults(),
            Clock.systemUTC());
    new FeedIntake(poller, follows, List.of(), articles, engine, Clock.systemUTC()).run();
  }

  private static final String[] HALVARD_A = {
    "Storm Halvard batters Brittany with record gusts",
    "Storm Halvard made landfall in Brittany overnight, bringing gusts of up to 190 km/h to the"
        + " Finistère coast. About 780,000 homes lost power, according to the grid operator"
        + " Enedis, and two people were injured by falling trees near Brest."
  };

  private static final String[] HALVARD_B = {
    "France: 780,000 without electricity after Halvard hits the west",
    "Hundreds of thousands of households in western France woke up without electricity after"
        + " Storm Halvard swept across Brittany. Wind speeds peaked at 190 km/h in Finistère."
        + " Enedis said 780,000 customers were cut off."
  };

  private static final String[] HALVARD_C = {
    "Halvard: two hurt in Brest as storm knocks out power",
    "Two people were hurt by toppled trees close to Brest as Storm Halvard tore through Brittany"
        + " with winds reaching 190 km/h. Power is out for some 780,000 homes, Enedis reported."
  };

  private static final String[] ODESSA = {
    "Hurricane Odessa strengthens off Texas",
    "Hurricane Odessa strengthened to a category 3 storm in the Gulf of Mexico and is expected to"
        + " reach the Texas coast near Corpus Christi. Governor Dan Whitfield ordered evacuations"
        + " in Nueces County."
  };

  private static String feed(String outlet, String[]... items) {
    StringBuilder rss =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>")
            .append(outlet)
            .append("</title><link>http://")
            .append(outlet)
            .append(".invalid/</link><description>News</description>");
    for (String[] item : items) {
      String slug = item[0].toLowerCase().replaceAll("[^a-z]+", "-");
      rss.append("<item><title>")
          .append(item[0])
          .append("</title><link>http://")
          .append(outlet)
          .append(".invalid/")
          .append(slug)
          .append("</link><guid>")
          .append(slug)
          .append("</guid><description>")
          .append(item[1])
          .append("</description></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static void reply(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .put("Content-Type", List.of("application/rss+xml; charset=utf-8"));
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
