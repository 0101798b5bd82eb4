package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.briefing.app.intake.FeedIntake;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryFeedStateStore;
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
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links and feeds from a web server on 127.0.0.1 into the chats that asked for them. */
class SourcesRunIT {
  private static final String STORY =
      "<html><head><title>Harbour bridge reopens</title></head><body>"
          + "<nav>Home | World | Sport</nav><div class=cookie-banner>We use cookies.</div>"
          + "<article><h1>Harbour bridge reopens</h1>"
          + "<p>The harbour bridge reopened on Monday after two years of repairs.</p>"
          + "<p>The city engineer said the work had finished a month early.</p></article>"
          + "<footer>Contact us</footer></body></html>";

  @TempDir Path dir;
  private HttpServer server;
  private String base;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", exchange -> reply(exchange, "text/html", STORY));
    server.createContext("/rss", exchange -> reply(exchange, "application/rss+xml", rss()));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aLinkOnALocalNetworkIsRefusedByDefault() {
    String out = new CliRunner(dir).runWithInput("/add " + base + "/story\n", "run").out();

    assertThat(out).contains("I don't fetch links on private or local networks (127.0.0.1).");
  }

  @Test
  void aLinkSentToTheBotBecomesAnArticleOfThatChat() {
    CliRunner cli = new CliRunner(dir);
    cli.env.put("BRIEFING_SOURCES_ALLOW_PRIVATE_NETWORKS", "true");

    String out = cli.runWithInput("/add " + base + "/story\n/articles\n", "run").out();

    assertThat(out)
        .contains("Added \"Harbour bridge reopens\"")
        .contains("1. Harbour bridge reopens");
  }

  @Test
  void aFollowedFeedsItemsReachOnlyTheChatsFollowingItOnce() {
    FakeBriefingEngine engine = new FakeBriefingEngine();
    InMemoryArticleRepository articles = new InMemoryArticleRepository();
    InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
    ChatAddress follower = ChatAddress.of("telegram", "1");
    follows.follow(follower, base + "/rss");
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
    FeedIntake intake =
        new FeedIntake(poller, follows, List.of(), articles, engine, Clock.systemUTC());

    intake.run();

    Set<ArticleOrigin> followerScope =
        Set.of(ArticleOrigin.everyone(), ArticleOrigin.feed(base + "/rss"));
    assertThat(articles.findVisible(followerScope))
        .extracting(a -> a.article().title())
        .containsExactlyInAnyOrder("Harbour bridge reopens", "Ferry timetable changes");
    assertThat(articles.findVisible(Set.of(ArticleOrigin.everyone()))).isEmpty();
    assertThat(intake.problem(base + "/rss")).isEmpty();

    intake.run(); // polled again only when due; nothing is added twice
    assertThat(articles.findAll()).hasSize(2);
  }

  private String rss() {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour news</title>"
        + "<link>"
        + base
        + "/</link><description>News</description>"
        + "<item><title>Harbour bridge reopens</title><link>"
        + base
        + "/story</link>"
        + "<guid>story-1</guid></item>"
        + "<item><title>Ferry timetable changes</title><link>"
        + base
        + "/missing</link>"
        + "<guid>story-2</guid><description>The ferry runs every twenty minutes from June."
        + " The operator said demand had grown.</description></item>"
        + "</channel></rss>";
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of(type + "; charset=utf-8"));
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
