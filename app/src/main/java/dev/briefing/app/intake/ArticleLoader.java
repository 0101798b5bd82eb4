package dev.briefing.app.intake;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.model.Article;

/**
 * Stores articles for everyone, analyzed, except one already stored with the same text: after a
 * restart or a re-scan it is kept as it is, so it is not new again for the next digest.
 */
public final class ArticleLoader {
  private final ArticleRepository articles;
  private final BriefingEngine engine;

  public ArticleLoader(ArticleRepository articles, BriefingEngine engine) {
    this.articles = articles;
    this.engine = engine;
  }

  /** Stores the article unless it is stored unchanged; returns whether it was stored. */
  public boolean loadIfChanged(Article article) {
    boolean unchanged =
        articles.find(article.id()).map(a -> a.article().equals(article)).orElse(false);
    if (!unchanged) {
      articles.save(engine.analyze(article));
    }
    return !unchanged;
  }
}
