package dev.briefing.storage;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.model.Article;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  public void save(AnalyzedArticle article) {
    Instant now = clock.instant();
    sql.inTransaction(
        connection -> {
          ArticleTables.write(connection, article.article(), now);
          return null;
        });
    analyzed.put(article.article().id(), article);
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

  private List<AnalyzedArticle> byIds(List<String> ids) {
    // An article another node replaced between the two queries is simply left out.
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  private AnalyzedArticle remember(Article article) {
    return analyzed.computeIfAbsent(article.id(), id -> analyzer.apply(article));
  }
}
