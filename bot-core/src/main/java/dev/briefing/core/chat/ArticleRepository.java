package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the articles the bot can talk about, already analyzed. Implementations must be thread-safe,
 * since several chats may add and ask at once.
 */
public interface ArticleRepository {
  /** Stores an article; one with the same id is replaced and becomes the newest. */
  void save(AnalyzedArticle article);

  /** The article with this id, if stored. */
  Optional<AnalyzedArticle> find(String id);

  /** Every stored article, newest first (the order questions search them in). */
  List<AnalyzedArticle> findAll();

  /**
   * The articles saved strictly after {@code since}, newest first: what a digest lists since the
   * chat's last one. Saving an article again counts as adding it then.
   */
  List<AnalyzedArticle> findAddedSince(Instant since);
}
