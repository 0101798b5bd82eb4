package dev.briefing.core;

import dev.briefing.core.model.Article;

/** An article together with what the engine derived from it. Immutable. */
public interface AnalyzedArticle {
  Article article();
}
