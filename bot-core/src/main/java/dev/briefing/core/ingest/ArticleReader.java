package dev.briefing.core.ingest;

import dev.briefing.core.model.Article;
import java.nio.file.Path;

/** Reads plain-text, Markdown and HTML articles into numbered sentences. */
public interface ArticleReader {
  /**
   * Reads an article file; the format follows the extension ({@code .txt}, {@code .md}, {@code
   * .html}), sniffed from the content when unknown.
   *
   * @throws dev.briefing.core.BriefingException naming the problem when the file is missing,
   *     unreadable, empty or binary
   */
  Article read(Path path);

  /**
   * Parses article text.
   *
   * @param name a file name or URL; its extension picks the format, and it becomes the source
   * @param content the raw content
   */
  Article parse(String name, String content);
}
