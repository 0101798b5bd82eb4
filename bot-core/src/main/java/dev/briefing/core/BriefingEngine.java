package dev.briefing.core;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import java.util.List;

/**
 * The briefing engine: answers questions about articles and summarizes them, using only the
 * articles' own sentences, each with its citation. Thread-safe.
 */
public interface BriefingEngine {
  /** Default number of sentences in a summary. */
  int DEFAULT_SUMMARY_SENTENCES = 3;

  /** Analyzes an article once (entities, attributions, index) so questions about it are fast. */
  AnalyzedArticle analyze(Article article);

  /** Answers a question across the given articles (newest first); never invents text. */
  Answer ask(List<AnalyzedArticle> scope, String question);

  /** An extractive summary of {@code sentences} sentences, in article order. */
  Answer summarize(AnalyzedArticle article, int sentences);
}
