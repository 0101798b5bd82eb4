package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.ingest.LanguageCheck;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The note an answer gets when it rests on articles not in English: the engine analyses English
 * only, so the user should know an answer (or a "not found") may miss what they say. Each article
 * is checked once; the verdicts of the most recent ones are remembered.
 */
final class LanguageNotes {
  /** A not-found answer looks at this many of the newest articles in scope. */
  static final int NEWEST_CHECKED = 20;

  private static final int REMEMBERED = 10_000;

  private final LanguageCheck check;
  private final Map<String, Optional<String>> verdicts =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
          return size() > REMEMBERED;
        }
      };

  LanguageNotes(LanguageCheck check) {
    this.check = check;
  }

  /** The note for an answer citing {@code citations} from {@code scope}, if one is due. */
  Optional<String> note(List<Citation> citations, List<AnalyzedArticle> scope) {
    if (check == LanguageCheck.NONE) {
      return Optional.empty();
    }
    if (citations.isEmpty()) {
      long foreign =
          scope.stream()
              .limit(NEWEST_CHECKED)
              .filter(a -> language(a.article()).isPresent())
              .count();
      return foreign == 0
          ? Optional.empty()
          : Optional.of(
              (foreign == 1 ? "One of your articles is" : foreign + " of your articles are")
                  + " not in English; I analyse English only, so I may have missed what "
                  + (foreign == 1 ? "it says." : "they say."));
    }
    Set<String> cited = citations.stream().map(Citation::article).collect(Collectors.toSet());
    for (AnalyzedArticle analyzed : scope) {
      Article article = analyzed.article();
      if (cited.contains(article.id())) {
        Optional<String> language = language(article);
        if (language.isPresent()) {
          return Optional.of(
              "\""
                  + article.title()
                  + "\" is not in English (language "
                  + language.get()
                  + "); I analyse English only, so this answer may miss things.");
        }
      }
    }
    return Optional.empty();
  }

  private synchronized Optional<String> language(Article article) {
    return verdicts.computeIfAbsent(article.id(), id -> check.nonEnglish(article));
  }
}
