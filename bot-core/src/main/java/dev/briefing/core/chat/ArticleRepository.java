package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the articles the bot can talk about, already analyzed, each with the origins that decide
 * which chats see it ({@link ArticleOrigin}). Implementations must be thread-safe, since several
 * chats may add and ask at once.
 */
public interface ArticleRepository {
  /** Stores an article every chat sees; one with the same id is replaced and becomes the newest. */
  default void save(AnalyzedArticle article) {
    save(article, ArticleOrigin.everyone());
  }

  /**
   * Stores an article from {@code origin}; one with the same id is replaced, becomes the newest and
   * keeps the origins it had besides this one.
   */
  void save(AnalyzedArticle article, ArticleOrigin origin);

  /** The article with this id, if stored. */
  Optional<AnalyzedArticle> find(String id);

  /** Every stored article, newest first. */
  List<AnalyzedArticle> findAll();

  /** The articles with any of these origins, newest first: a chat's scope. */
  List<AnalyzedArticle> findVisible(Set<ArticleOrigin> origins);

  /**
   * The articles saved strictly after {@code since}, newest first: what a digest lists since the
   * chat's last one. Saving an article again counts as adding it then.
   */
  List<AnalyzedArticle> findAddedSince(Instant since);

  /** As {@link #findAddedSince(Instant)}, of the articles with any of these origins. */
  List<AnalyzedArticle> findAddedSince(Instant since, Set<ArticleOrigin> origins);

  /**
   * Retention: removes the articles added before {@code cutoff}, and then all but the newest {@code
   * maxCount}; returns how many were removed.
   */
  int removeOlderThan(Instant cutoff, int maxCount);
}
