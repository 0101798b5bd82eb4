package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Reads the article at a link: fetch, check the type, extract, split into sentences. */
public final class UrlArticleSource {
  private final PageFetcher fetcher;
  private final ArticleExtractor extractor;
  private final ArticleAssembler assembler;

  public UrlArticleSource(
      PageFetcher fetcher, ArticleExtractor extractor, ArticleAssembler assembler) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.assembler = assembler;
  }

  /** Reads the article a user pasted. */
  public Article read(String url) {
    return read(parse(url));
  }

  /**
   * Reads the article at {@code url}.
   *
   * @throws BriefingException when the page cannot be fetched, is not HTML or plain text, or has no
   *     article text
   */
  public Article read(URI url) {
    FetchedPage page = fetcher.fetch(url);
    String type = page.mediaType().isEmpty() ? ContentTypes.sniff(page.body()) : page.mediaType();
    if (ContentTypes.isHtml(type)) {
      return assembler.assemble(extractor.extract(page.url(), page.body(), page.charset()));
    }
    if (ContentTypes.isPlainText(type)) {
      String text = new String(page.body(), page.charset().orElse(StandardCharsets.UTF_8));
      if (text.isBlank()) {
        throw new BriefingException(page.url() + " is empty");
      }
      return assembler.plainText(page.url(), text);
    }
    throw new BriefingException(
        "I can't read "
            + (type.isEmpty() ? "untyped" : type)
            + " pages yet; send the article's text or an HTML link");
  }

  static URI parse(String url) {
    try {
      return HttpPageFetcher.checkScheme(new URI(url.strip()));
    } catch (URISyntaxException e) {
      throw new BriefingException("\"" + url + "\" is not a link I can open");
    }
  }
}
