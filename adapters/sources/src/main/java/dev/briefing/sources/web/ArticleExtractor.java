package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page with Readability (readability4j on jsoup), after removing what is
 * never the article: navigation, ads, cookie and consent banners, share bars.
 */
public final class ArticleExtractor {
  private static final String CLUTTER =
      "script, style, noscript, template, iframe, form, button, svg, nav, aside, footer,"
          + " [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true],"
          + " [class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=gdpr],"
          + " .ad, .ads, .advert, .advertisement, [class*=advert], [id*=advert], [class^=ad-],"
          + " [id^=ad-], [class*=sponsor], .newsletter, .share, .social, .related, .comments";
  private static final String BLOCKS = "p, h2, h3, h4, h5, li, blockquote, pre";

  /** Extracts from raw bytes; the charset comes from the header, else the page's meta tag. */
  public ExtractedArticle extract(URI url, byte[] html, Optional<Charset> charset) {
    try {
      Document doc =
          Jsoup.parse(
              new ByteArrayInputStream(html),
              charset.map(Charset::name).orElse(null),
              url.toString());
      return extract(url, doc);
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory page cannot fail", e);
    }
  }

  /** Extracts from decoded HTML. */
  public ExtractedArticle extract(URI url, String html) {
    return extract(url, Jsoup.parse(html, url.toString()));
  }

  private ExtractedArticle extract(URI url, Document doc) {
    PageMetadata meta = PageMetadata.of(doc, url);
    Element h1 = doc.selectFirst("h1");
    doc.select(CLUTTER).remove();
    Article readable = new Readability4JExtended(url.toString(), doc).parse();
    String title =
        meta.title()
            .or(() -> Optional.ofNullable(readable.getTitle()).map(ArticleExtractor::clean))
            .filter(t -> !t.isBlank())
            .or(() -> Optional.ofNullable(h1).map(e -> clean(e.text())))
            .filter(t -> !t.isBlank())
            .orElse("");
    Optional<String> byline =
        meta.byline()
            .or(() -> Optional.ofNullable(readable.getByline()).map(ArticleExtractor::clean));
    List<String> paragraphs = paragraphs(readable.getArticleContent(), title, byline);
    if (paragraphs.isEmpty()) {
      throw new BriefingException(
          "I found no article text at " + url + "; send the article's text instead");
    }
    if (title.isBlank()) {
      title = paragraphs.remove(0);
      if (paragraphs.isEmpty()) {
        throw new BriefingException(
            "I found no article text at " + url + "; send the article's text instead");
      }
    }
    return new ExtractedArticle(
        url, meta.canonicalUrl(), title, byline, meta.published(), paragraphs);
  }

  private static List<String> paragraphs(Element content, String title, Optional<String> byline) {
    List<String> paragraphs = new ArrayList<>();
    if (content == null) {
      return paragraphs;
    }
    for (Element block : content.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a container of other blocks: its children are taken one by one
      }
      String text = clean(block.text());
      if (!text.isEmpty() && !text.equals(title) && !byline.map(text::equals).orElse(false)) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty() && !clean(content.text()).isEmpty()) {
      paragraphs.add(clean(content.text()));
    }
    return paragraphs;
  }

  private static String clean(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }
}
