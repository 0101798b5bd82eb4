package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps articles in memory for the life of the process: the default for the console chat. */
public final class InMemoryArticleRepository implements ArticleRepository {
  private record Entry(AnalyzedArticle article, Instant addedAt) {}

  private final Clock clock;
  // Insertion order is oldest first; re-saving moves an article to the end.
  private final Map<String, Entry> byId = new LinkedHashMap<>();

  public InMemoryArticleRepository() {
    this(Clock.systemUTC());
  }

  public InMemoryArticleRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void save(AnalyzedArticle article) {
    String id = article.article().id();
    byId.remove(id);
    byId.put(id, new Entry(article, clock.instant()));
  }

  @Override
  public synchronized Optional<AnalyzedArticle> find(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::article);
  }

  @Override
  public synchronized List<AnalyzedArticle> findAll() {
    return newestFirst(Instant.MIN);
  }

  @Override
  public synchronized List<AnalyzedArticle> findAddedSince(Instant since) {
    return newestFirst(since);
  }

  private List<AnalyzedArticle> newestFirst(Instant after) {
    List<AnalyzedArticle> newestFirst = new ArrayList<>();
    for (Entry entry : byId.values()) {
      if (entry.addedAt().isAfter(after)) {
        newestFirst.add(entry.article());
      }
    }
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst);
  }
}
