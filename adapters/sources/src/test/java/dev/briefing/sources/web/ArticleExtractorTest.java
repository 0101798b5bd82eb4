package dev.briefing.sources.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.sources.testing.TestReaders;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final URI PAGE = URI.create("https://news.coastal-ledger.test/p/8812");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractedArticle harbourBridge() {
    return extractor.extract(
        PAGE, TestReaders.resource("pages/harbour-bridge.html"), Optional.empty());
  }

  @Test
  void keepsTheStoryAndDropsNavigationAdsCookieBannerAndRelatedLinks() {
    String text = String.join("\n", harbourBridge().paragraphs());

    assertThat(text)
        .contains("replace corroded steel bearings")
        .contains("the work cannot wait another winter")
        .contains("should reopen by the end of April")
        .doesNotContain("cookies")
        .doesNotContain("Holiday apartments")
        .doesNotContain("electric hatchback")
        .doesNotContain("Business")
        .doesNotContain("Related stories")
        .doesNotContain("Share on social media")
        .doesNotContain("All rights reserved");
  }

  @Test
  void readsTitleBylinePublishedDateAndCanonicalLink() {
    ExtractedArticle page = harbourBridge();

    assertThat(page.url()).isEqualTo(PAGE);
    assertThat(page.canonicalUrl())
        .isEqualTo(URI.create("https://news.coastal-ledger.test/local/harbour-bridge-repairs"));
    assertThat(page.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
    assertThat(page.byline()).contains("Maria Ostrowski");
    assertThat(page.published()).contains(Instant.parse("2025-03-14T06:30:00Z"));
    assertThat(page.paragraphs()).doesNotContain(page.title(), "By Maria Ostrowski");
  }

  @Test
  void fallsBackToOgUrlAndThenToThePageItself() {
    String body =
        "<p>The ferry timetable changes on Monday, with boats every ten minutes at peak hours and"
            + " every twenty minutes in the evening, the operator said.</p>";
    String withOg =
        "<html><head><title>Ferry times</title><meta property=og:url content='/local/ferry'>"
            + "</head><body><article>"
            + body
            + "</article></body></html>";
    String bare = "<html><head><title>Ferry times</title></head><body>" + body + "</body></html>";

    assertThat(extractor.extract(PAGE, withOg).canonicalUrl())
        .isEqualTo(URI.create("https://news.coastal-ledger.test/local/ferry"));
    assertThat(extractor.extract(PAGE, bare).canonicalUrl()).isEqualTo(PAGE);
  }

  @Test
  void decodesWithTheCharsetNamedInTheMetaTag() {
    String html =
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
            + "<title>Caf\u00e9 reopens</title></head><body><article><p>The caf\u00e9 on the"
            + " quay reopened on Saturday after a fire closed it for three months last"
            + " winter, its owner said.</p></article></body></html>";
    byte[] bytes = html.getBytes(Charset.forName("windows-1252"));

    ExtractedArticle page = extractor.extract(PAGE, bytes, Optional.empty());

    assertThat(page.paragraphs().get(0)).contains("caf\u00e9 on the quay");
  }

  @Test
  void refusesAPageWithNoArticleText() {
    byte[] page = TestReaders.resource("pages/no-article.html");

    assertThatThrownBy(() -> extractor.extract(PAGE, page, Optional.empty()))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void becomesAnArticleWhoseSourceIsTheCanonicalLinkSplitLikeAnyOther() {
    Article article = TestReaders.assembler().assemble(harbourBridge());

    assertThat(article.source())
        .contains("https://news.coastal-ledger.test/local/harbour-bridge-repairs");
    assertThat(article.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
    assertThat(article.id()).startsWith("harbour-bridge-repairs-");
    assertThat(article.sentences()).hasSizeGreaterThan(6);
    assertThat(article.sentence(2).text()).startsWith("The harbour bridge will close");
  }
}
