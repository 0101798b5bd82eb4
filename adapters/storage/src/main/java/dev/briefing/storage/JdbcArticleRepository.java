package dev.briefing.storage;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Articles in the {@code article}, {@code article_paragraph} and {@code article_sentence} tables.
 * Only the article is stored; what the engine derives from it is recomputed by {@code analyzer} the
 * first time this process reads it, then kept in memory. That cache never goes stale: an article's
 * id is derived from its content, so an id always names the same text.
 */
public final class JdbcArticleRepository implements ArticleRepository {
  private final SqlRunner sql;
  private final Function<Article, AnalyzedArticle> analyzer;
  private final Clock clock;
  private final Map<String, AnalyzedArticle> analyzed = new ConcurrentHashMap<>();

  /**
   * @param analyzer the engine's analysis, typically {@code engine::analyze}
   */
  public JdbcArticleRepository(
      DataSource dataSource, Function<Article, AnalyzedArticle> analyzer, Clock clock) {
    this.sql = new SqlRunner(dataSource);
    this.analyzer = analyzer;
    this.clock = clock;
  }

  @Override
  public void save(AnalyzedArticle article, ArticleOrigin origin) {
    Instant now = clock.instant();
    String id = article.article().id();
    sql.inTransaction(
        connection -> {
          Set<String> origins =
              new LinkedHashSet<>(
                  SqlRunner.query(
                      connection,
                      "SELECT origin FROM article_origin WHERE article_id = ?",
                      row -> row.getString(1),
                      id));
          origins.add(origin.key());
          ArticleTables.write(connection, article.article(), now); // drops the old origin rows
          for (String key : origins) {
            SqlRunner.update(
                connection,
                "INSERT INTO article_origin (article_id, origin) VALUES (?, ?)",
                id,
                key);
          }
          return null;
        });
    analyzed.put(id, article);
  }

  @Override
  public Optional<AnalyzedArticle> find(String id) {
    AnalyzedArticle cached = analyzed.get(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    return sql.inTransaction(connection -> ArticleTables.read(connection, id)).map(this::remember);
  }

  @Override
  public List<AnalyzedArticle> findAll() {
    return byIds(sql.query("SELECT id FROM article ORDER BY seq DESC", row -> row.getString(1)));
  }

  @Override
  public List<AnalyzedArticle> findAddedSince(Instant since) {
    if (since.isBefore(Instant.EPOCH)) {
      return findAll(); // before any article, and Instant.MIN is no SQL timestamp
    }
    return byIds(
        sql.query(
            "SELECT id FROM article WHERE added_at > ? ORDER BY seq DESC",
            row -> row.getString(1),
            since));
  }

  @Override
  public List<AnalyzedArticle> findVisible(Set<ArticleOrigin> origins) {
    if (origins.isEmpty()) {
      return List.of();
    }
    return byIds(
        sql.query(
            "SELECT a.id FROM article a WHERE " + anyOrigin(origins) + " ORDER BY a.seq DESC",
            row -> row.getString(1),
            keys(origins)));
  }

  @Override
  public List<AnalyzedArticle> findAddedSince(Instant since, Set<ArticleOrigin> origins) {
    if (origins.isEmpty()) {
      return List.of();
    }
    Instant after = since.isBefore(Instant.EPOCH) ? Instant.EPOCH.minusSeconds(1) : since;
    Object[] params = new Object[origins.size() + 1];
    params[0] = after;
    System.arraycopy(keys(origins), 0, params, 1, origins.size());
    return byIds(
        sql.query(
            "SELECT a.id FROM article a WHERE a.added_at > ? AND "
                + anyOrigin(origins)
                + " ORDER BY a.seq DESC",
            row -> row.getString(1),
            params));
  }

  @Override
  public int removeOlderThan(Instant cutoff, int maxCount) {
    List<Stored> newestFirst =
        sql.query(
            "SELECT id, added_at FROM article ORDER BY seq DESC",
            row -> new Stored(row.getString("id"), SqlRunner.instant(row, "added_at")));
    List<String> removed = new ArrayList<>();
    int kept = 0;
    for (Stored article : newestFirst) {
      if (article.addedAt().isBefore(cutoff) || kept >= Math.max(0, maxCount)) {
        removed.add(article.id());
      } else {
        kept++;
      }
    }
    for (String id : removed) {
      sql.update("DELETE FROM article WHERE id = ?", id); // paragraphs, sentences, origins cascade
      analyzed.remove(id);
    }
    return removed.size();
  }

  private record Stored(String id, Instant addedAt) {}

  private static String anyOrigin(Set<ArticleOrigin> origins) {
    String marks = String.join(", ", Collections.nCopies(origins.size(), "?"));
    return "EXISTS (SELECT 1 FROM article_origin o WHERE o.article_id = a.id AND o.origin IN ("
        + marks
        + "))";
  }

  private static Object[] keys(Set<ArticleOrigin> origins) {
    return origins.stream().map(ArticleOrigin::key).toArray();
  }

  private List<AnalyzedArticle> byIds(List<String> ids) {
    // An article another node replaced between the two queries is simply left out.
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  private AnalyzedArticle remember(Article article) {
    return analyzed.computeIfAbsent(article.id(), id -> analyzer.apply(article));
  }
}
