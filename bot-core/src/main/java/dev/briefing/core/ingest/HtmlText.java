package dev.briefing.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Extracts an article's title and paragraphs from HTML (and Markdown, by way of HTML). */
final class HtmlText {
  private static final String BOILERPLATE =
      "script, style, noscript, nav, header, footer, aside, form, button, iframe, svg, figure,"
          + " [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true],"
          + " .advert, .ad, .ads, .cookie, .cookies, .newsletter, .share, .related, .byline,"
          + " [rel=author], .author";
  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote";

  private final Parser markdown = Parser.builder().build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().build();

  Document fromMarkdown(String content) {
    return fromHtml(renderer.render(markdown.parse(content)));
  }

  Document fromHtml(String content) {
    org.jsoup.nodes.Document doc = Jsoup.parse(content);
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null ? PlainText.clean(h1.text()) : PlainText.clean(doc.title());
    doc.select(BOILERPLATE).remove();
    Element root = mainElement(doc);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a container of other blocks: its children are taken one by one
      }
      String text = PlainText.clean(block.text());
      if (!text.isEmpty() && !text.equals(title)) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      String text = PlainText.clean(root.text());
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (title.isEmpty() && !paragraphs.isEmpty()) {
      title = paragraphs.remove(0);
    }
    return new Document(title, paragraphs);
  }

  private static Element mainElement(org.jsoup.nodes.Document doc) {
    for (String selector : List.of("article", "main", "[role=main]", "body")) {
      Element e = doc.selectFirst(selector);
      if (e != null) {
        return e;
      }
    }
    return doc;
  }
}
