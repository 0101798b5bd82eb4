package dev.briefing.core.ingest;

import dev.briefing.core.model.Article;
import java.util.Optional;

/**
 * Port: whether an article is in English, the only language the engine analyses. A non-English
 * article is still stored; the user is told its answers may miss things.
 */
@FunctionalInterface
public interface LanguageCheck {
  /** Every article taken as English: no check. */
  LanguageCheck NONE = article -> Optional.empty();

  /** The article's language (an ISO 639-3 code such as {@code deu}) when it is not English. */
  Optional<String> nonEnglish(Article article);
}
