package dev.briefing.web.playground;

import dev.briefing.core.AnalyzedArticle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Articles pasted or linked in the playground: kept in memory, the newest {@value #MAX} only, and
 * never stored, so trying an article does not show it to every chat. Thread-safe.
 */
final class PlaygroundArticles {
  static final int MAX = 50;

  private final Map<String, AnalyzedArticle> byId =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
          return size() > MAX;
        }
      };

  synchronized void add(AnalyzedArticle article) {
    byId.put(article.article().id(), article);
  }

  synchronized Optional<AnalyzedArticle> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
