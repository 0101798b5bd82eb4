package dev.briefing.sources.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.sources.testing.LocalHttpServer;
import dev.briefing.sources.testing.TestReaders;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPageFetcherIT {
  private LocalHttpServer server;
  private UrlArticleSource source;

  @BeforeEach
  void start() throws Exception {
    server = new LocalHttpServer();
    SourceSettings settings =
        SourceSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
    PageFetcher fetcher = new HttpPageFetcher(HttpPageFetcher.defaultClient(settings), settings);
    source = new UrlArticleSource(fetcher, new ArticleExtractor(), TestReaders.assembler());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readsAnHtmlPageAfterARedirectAndSendsAUserAgent() {
    server.serve(
        "/local/harbour-bridge-repairs",
        "text/html; charset=utf-8",
        TestReaders.resource("pages/harbour-bridge.html"));
    server.redirect("/p/8812", "/local/harbour-bridge-repairs");

    Article article = source.read(server.uri("/p/8812"));

    assertThat(article.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
    assertThat(article.source())
        .contains("https://news.coastal-ledger.test/local/harbour-bridge-repairs");
    assertThat(server.requests()).allMatch(r -> r.userAgent().startsWith("BriefingBot/"));
  }

  @Test
  void aSlowServerTimesOutQuicklyWithAClearMessage() {
    server.hang("/slow");
    long start = System.nanoTime();

    assertThatThrownBy(() -> source.read(server.uri("/slow")))
        .isInstanceOf(BriefingException.class)
        .hasMessage("127.0.0.1 did not answer within 1 s; try again later");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aPageOverTheSizeCapIsAbandoned() {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'a');
    server.on(
        "/huge",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to trust
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 100; i++) { // 6.4 MB
              out.write(chunk);
            }
          }
        });

    assertThatThrownBy(() -> source.read(server.uri("/huge")))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith("the page is larger than 5 MB");
  }

  @Test
  void aPdfIsRefusedWithAHint() {
    server.serve("/report.pdf", "application/pdf", "%PDF-1.7 not really");

    assertThatThrownBy(() -> source.read(server.uri("/report.pdf")))
        .isInstanceOf(BriefingException.class)
        .hasMessage(
            "I can't read application/pdf pages yet; send the article's text or an HTML link");
  }

  @Test
  void aRedirectLoopIsReportedNotFollowedForever() {
    server.redirect("/loop/a", "/loop/b");
    server.redirect("/loop/b", "/loop/a");

    assertThatThrownBy(() -> source.read(server.uri("/loop/a")))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("redirects in a loop");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void moreThanFiveRedirectsAreTooMany() {
    for (int i = 0; i < 7; i++) {
      server.redirect("/hop/" + i, "/hop/" + (i + 1));
    }

    assertThatThrownBy(() -> source.read(server.uri("/hop/0")))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("redirects too many times (more than 5)");
  }

  @Test
  void anErrorStatusIsNamed() {
    server.on("/gone", exchange -> LocalHttpServer.send(exchange, 410, "text/html", new byte[0]));

    assertThatThrownBy(() -> source.read(server.uri("/gone")))
        .isInstanceOf(BriefingException.class)
        .hasMessageEndingWith("answered HTTP 410");
  }
}
