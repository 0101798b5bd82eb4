package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps articles in memory for the life of the process: the default for the console chat. */
public final class InMemoryArticleRepository implements ArticleRepository {
  // Insertion order is oldest first; re-saving moves an article to the end.
  private final Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();

  @Override
  public synchronized void save(AnalyzedArticle article) {
    String id = article.article().id();
    byId.remove(id);
    byId.put(id, article);
  }

  @Override
  public synchronized Optional<AnalyzedArticle> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<AnalyzedArticle> findAll() {
    List<AnalyzedArticle> newestFirst = new ArrayList<>(byId.values());
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst);
  }
}
