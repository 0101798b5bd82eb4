package dev.briefing.sources.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.model.Article;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.sources.testing.LocalHttpServer;
import dev.briefing.sources.testing.TestReaders;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.PageFetcher;
import dev.briefing.sources.web.SourceSettings;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerIT {
  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-14T08:00:00Z"));
  private LocalHttpServer server;
  private FeedPoller poller;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    SourceSettings settings =
        SourceSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
    PageFetcher fetcher = new HttpPageFetcher(HttpPageFetcher.defaultClient(settings), settings);
    ArticleAssembler assembler = TestReaders.assembler();
    poller =
        new FeedPoller(
            fetcher,
            new FeedReader(),
            new UrlArticleSource(fetcher, new ArticleExtractor(), assembler),
            assembler,
            new InMemoryFeedStateStore(),
            FeedSettings.defaults(),
            clock);
    server.serve(
        "/local/harbour-bridge-repairs",
        "text/html",
        TestReaders.resource("pages/harbour-bridge.html"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Serves the current version of a feed with its ETag, answering 304 to a matching one. */
  private AtomicReference<String[]> versionedFeed(String path, String contentType) {
    AtomicReference<String[]> current = new AtomicReference<>(); // {etag, xml}
    server.on(
        path,
        exchange -> {
          String[] version = current.get();
          exchange.getResponseHeaders().set("ETag", version[0]);
          if (version[0].equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
          }
          LocalHttpServer.send(
              exchange, 200, contentType, version[1].getBytes(StandardCharsets.UTF_8));
        });
    return current;
  }

  private String rss(String... items) {
    return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        + "<title>Ledger</title><link>"
        + server.uri("/")
        + "</link><description>Local news</description>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private String item(String guid, String path, String title, String text) {
    return "<item><title>"
        + title
        + "</title><link>"
        + server.uri(path)
        + "</link>"
        + "<guid isPermaLink='false'>"
        + guid
        + "</guid><description>"
        + text
        + "</description></item>";
  }

  private String bridge(String guid) {
    return item(
        guid,
        "/local/harbour-bridge-repairs",
        "Harbour bridge to close",
        "The harbour bridge will close from Monday.");
  }

  private String library(String guid, String path) {
    return item(
        guid,
        path,
        "Library opens on Sundays",
        "The riverside library will open on Sundays from April.");
  }

  private static List<String> titles(List<Article> articles) {
    return articles.stream().map(Article::title).toList();
  }

  @Test
  void aSecondPollSendsTheEtagAndA304BringsNothingNew() {
    AtomicReference<String[]> feed = versionedFeed("/local.rss", "application/rss+xml");
    feed.set(new String[] {"\"v1\"", rss(bridge("g-1"), library("g-2", "/local/library"))});

    List<Article> first = poller.poll(server.uri("/local.rss"));
    List<Article> second = poller.poll(server.uri("/local.rss"));

    // the bridge page is extracted; the library page is missing, so the feed's text stands in
    assertThat(titles(first))
        .containsExactly(
            "Harbour bridge to close for six weeks of repairs", "Library opens on Sundays");
    assertThat(second).isEmpty();
    List<LocalHttpServer.Seen> feedRequests =
        server.requests().stream().filter(r -> r.path().equals("/local.rss")).toList();
    assertThat(feedRequests)
        .extracting(LocalHttpServer.Seen::ifNoneMatch)
        .containsExactly(null, "\"v1\"");
  }

  @Test
  void aChangedGuidAndADuplicateItemAreNotSentAgain() {
    AtomicReference<String[]> feed = versionedFeed("/local.rss", "application/rss+xml");
    feed.set(new String[] {"\"v1\"", rss(bridge("g-1"))});
    poller.poll(server.uri("/local.rss"));

    String fleet =
        item(
            "g-3",
            "/business/winter-catch",
            "Best winter catch in a decade",
            "The fleet landed 1,200 tonnes of fish this winter.");
    feed.set(
        new String[] {
          "\"v2\"",
          rss(
              bridge("g-1-rewritten"),
              fleet,
              library("g-2", "/local/library"),
              library("g-2-copy", "/amp/local/library"))
        });

    assertThat(titles(poller.poll(server.uri("/local.rss"))))
        .containsExactly("Best winter catch in a decade", "Library opens on Sundays");
    assertThat(server.requests()).noneMatch(r -> r.path().equals("/amp/local/library"));
  }

  @Test
  void readsAnAtomFeedWithItsEtag() {
    AtomicReference<String[]> feed = versionedFeed("/feed.atom", "application/atom+xml");
    String atom =
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            + "<title>Valley Courier</title><id>urn:valley</id><updated>2025-03-14T10:00:00Z</updated>"
            + "<entry><title>Wind farm plan wins approval</title><id>tag:valley,2025:wind</id>"
            + "<link rel='alternate' href='/energy/wind'/><updated>2025-03-14T09:30:00Z</updated>"
            + "<content type='html'>&lt;p&gt;Councillors approved twelve turbines.&lt;/p&gt;"
            + "&lt;p&gt;Building starts next year.&lt;/p&gt;</content></entry></feed>";
    feed.set(new String[] {"W/\"atom-1\"", atom});

    List<Article> first = poller.poll(server.uri("/feed.atom"));

    assertThat(titles(first)).containsExactly("Wind farm plan wins approval");
    assertThat(first.get(0).source()).contains(server.uri("/energy/wind").toString());
    assertThat(poller.poll(server.uri("/feed.atom"))).isEmpty();
  }

  @Test
  void aFeedWithOnlyLastModifiedIsAskedIfModifiedSince() {
    String lastModified = "Fri, 14 Mar 2025 07:00:00 GMT";
    String xml = rss(library("g-2", "/local/library"));
    server.on(
        "/dated.rss",
        exchange -> {
          exchange.getResponseHeaders().set("Last-Modified", lastModified);
          if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
          }
          LocalHttpServer.send(
              exchange, 200, "application/rss+xml", xml.getBytes(StandardCharsets.UTF_8));
        });

    assertThat(poller.poll(server.uri("/dated.rss"))).hasSize(1);
    assertThat(poller.poll(server.uri("/dated.rss"))).isEmpty();

    assertThat(server.requests().stream().filter(r -> r.path().equals("/dated.rss")))
        .extracting(LocalHttpServer.Seen::ifModifiedSince)
        .containsExactly(null, lastModified);
  }

  @Test
  void aFeedThatTimesOutIsReportedFailingAndBacksOff() {
    server.hang("/slow.rss");

    assertThat(poller.poll(server.uri("/slow.rss"))).isEmpty();

    FeedStatus status = poller.status(server.uri("/slow.rss")).orElseThrow();
    assertThat(status.failing()).isTrue();
    assertThat(status.lastError()).contains("127.0.0.1 did not answer within 1 s; try again later");
    assertThat(status.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    await().atMost(Duration.ofSeconds(10)).until(() -> server.requests().size() == 1);
    assertThat(poller.pollDue(clock.instant())).isEmpty();
    assertThat(server.requests()).hasSize(1); // not retried before the back-off ends
  }
}
