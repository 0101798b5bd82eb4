package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Keeps articles in memory for the life of the process: the default for the console chat. */
public final class InMemoryArticleRepository implements ArticleRepository {
  private record Entry(AnalyzedArticle article, Instant addedAt, Set<ArticleOrigin> origins) {}

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
  public synchronized void save(AnalyzedArticle article, ArticleOrigin origin) {
    String id = article.article().id();
    Entry old = byId.remove(id);
    Set<ArticleOrigin> origins = old == null ? new HashSet<>() : new HashSet<>(old.origins());
    origins.add(origin);
    byId.put(id, new Entry(article, clock.instant(), Set.copyOf(origins)));
  }

  @Override
  public synchronized Optional<AnalyzedArticle> find(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::article);
  }

  @Override
  public synchronized List<AnalyzedArticle> findAll() {
    return newestFirst(entry -> true);
  }

  @Override
  public synchronized List<AnalyzedArticle> findVisible(Set<ArticleOrigin> origins) {
    return newestFirst(entry -> !Collections.disjoint(entry.origins(), origins));
  }

  @Override
  public synchronized List<AnalyzedArticle> findAddedSince(Instant since) {
    return newestFirst(entry -> entry.addedAt().isAfter(since));
  }

  @Override
  public synchronized List<AnalyzedArticle> findAddedSince(
      Instant since, Set<ArticleOrigin> origins) {
    return newestFirst(
        entry -> entry.addedAt().isAfter(since) && !Collections.disjoint(entry.origins(), origins));
  }

  @Override
  public synchronized int removeOlderThan(Instant cutoff, int maxCount) {
    int before = byId.size();
    byId.values().removeIf(entry -> entry.addedAt().isBefore(cutoff));
    for (Iterator<Entry> oldest = byId.values().iterator();
        byId.size() > Math.max(0, maxCount) && oldest.hasNext(); ) {
      oldest.next();
      oldest.remove();
    }
    return before - byId.size();
  }

  private List<AnalyzedArticle> newestFirst(Predicate<Entry> wanted) {
    List<AnalyzedArticle> newestFirst = new ArrayList<>();
    for (Entry entry : byId.values()) {
      if (wanted.test(entry)) {
        newestFirst.add(entry.article());
      }
    }
    Collections.reverse(newestFirst);
    return List.copyOf(newestFirst);
  }
}
