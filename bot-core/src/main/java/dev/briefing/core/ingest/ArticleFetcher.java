package dev.briefing.core.ingest;

import dev.briefing.core.model.Article;
import java.net.URI;

/**
 * Port: reads the article at a web address, e.g. for {@code /add https://…}. Implementations fetch
 * with time and size limits and extract the page's main text.
 */
@FunctionalInterface
public interface ArticleFetcher {
  /**
   * @throws dev.briefing.core.BriefingException saying why, when the page cannot be read as an
   *     article (unreachable, too large, not HTML or text)
   */
  Article fetch(URI url);
}
