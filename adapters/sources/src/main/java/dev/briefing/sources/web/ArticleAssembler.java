package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.model.Article;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Turns fetched text into core {@link Article}s through the engine's own {@link ArticleReader}, so
 * sentences are split exactly as for files, and makes the link the article's source.
 */
public final class ArticleAssembler {
  private final ArticleReader reader;

  public ArticleAssembler(ArticleReader reader) {
    this.reader = reader;
  }

  /** An extracted page, its source the canonical link. */
  public Article assemble(ExtractedArticle page) {
    return assemble(page.canonicalUrl(), page.title(), page.paragraphs());
  }

  /** A title and paragraphs found at {@code source}. */
  public Article assemble(URI source, String title, List<String> paragraphs) {
    StringBuilder text = new StringBuilder(oneLine(title));
    for (String paragraph : paragraphs) {
      text.append("\n\n").append(oneLine(paragraph));
    }
    return plainText(source, text.toString());
  }

  /** Plain text whose first line is the title. */
  public Article plainText(URI source, String text) {
    String name = nameFor(source);
    Article parsed;
    try {
      parsed = reader.parse(name, text);
    } catch (BriefingException e) {
      // the reader names the made-up file; the user knows the link
      throw new BriefingException(e.getMessage().replace(name, source.toString()), e);
    }
    return new Article(
        parsed.id(),
        parsed.title(),
        Optional.of(source.toString()),
        parsed.paragraphs(),
        parsed.sentences());
  }

  /**
   * A ".txt" name so the reader takes the text as plain text whatever the URL ends in, keeping the
   * id the reader gives the URL itself: a slug of the last path segment, or of the title.
   */
  static String nameFor(URI source) {
    String path = source.getRawPath() == null ? "" : source.getRawPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    if (dot > 0) {
      last = last.substring(0, dot);
    }
    // An empty name makes the reader slug the title; "http" is its marker for "use the title".
    return (last.isBlank() ? "http" : last) + ".txt";
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }
}
