package dev.briefing.sources.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.sources.testing.FakePageFetcher;
import dev.briefing.sources.testing.TestReaders;
import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlArticleSourceTest {
  private final FakePageFetcher fetcher = new FakePageFetcher();
  private final UrlArticleSource source =
      new UrlArticleSource(fetcher, new ArticleExtractor(), TestReaders.assembler());

  @Test
  void readsAnHtmlPageIntoAnArticleSourcedAtItsCanonicalLink() {
    URI url = URI.create("https://news.coastal-ledger.test/p/8812");
    fetcher.serve(url, "text/html", TestReaders.resource("pages/harbour-bridge.html"));

    Article article = source.read(url.toString());

    assertThat(article.source())
        .contains("https://news.coastal-ledger.test/local/harbour-bridge-repairs");
  }

  @Test
  void takesPlainTextAsIs() {
    URI url = URI.create("https://notes.test/ferry.txt");
    fetcher.serve(
        url,
        "text/plain",
        "Ferry fares rise\n\nSingle tickets will cost 2.80 from May. Season tickets are unchanged.");

    Article article = source.read(url);

    assertThat(article.title()).isEqualTo("Ferry fares rise");
    assertThat(article.source()).contains(url.toString());
    assertThat(article.sentences()).hasSize(3);
  }

  @Test
  void recognisesAnHtmlPageServedWithoutAContentType() {
    URI url = URI.create("https://news.coastal-ledger.test/p/8812");
    fetcher.serve(url, "", TestReaders.resource("pages/harbour-bridge.html"));

    assertThat(source.read(url).title())
        .isEqualTo("Harbour bridge to close for six weeks of repairs");
  }

  @Test
  void namesTheLinkWhenAPlainTextPageHasNoBody() {
    URI url = URI.create("https://notes.test/drafts/ferry.txt");
    fetcher.serve(url, "text/plain", "Ferry fares rise\n");

    assertThatThrownBy(() -> source.read(url))
        .isInstanceOf(BriefingException.class)
        .hasMessage("https://notes.test/drafts/ferry.txt has no readable text");
  }

  @Test
  void refusesPdfAndImagesWithAHint() {
    URI pdf = URI.create("https://reports.test/budget.pdf");
    URI png = URI.create("https://reports.test/chart.png");
    fetcher.serve(pdf, "application/pdf", "%PDF-1.7").serve(png, "image/png", "PNG");

    assertThatThrownBy(() -> source.read(pdf))
        .isInstanceOf(BriefingException.class)
        .hasMessage(
            "I can't read application/pdf pages yet; send the article's text or an HTML link");
    assertThatThrownBy(() -> source.read(png)).hasMessageStartingWith("I can't read image/png");
  }

  @Test
  void refusesLinksThatAreNotHttpBeforeFetching() {
    for (String link :
        new String[] {"file:///etc/passwd", "ftp://files.test/a.txt", "javascript:alert(1)"}) {
      assertThatThrownBy(() -> source.read(link))
          .isInstanceOf(BriefingException.class)
          .hasMessageStartingWith("I only fetch http and https links");
    }
    assertThat(fetcher.requested()).isEmpty();
  }
}
