package dev.briefing.core;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.ChatAnswer;
import dev.briefing.core.model.Citation;
import java.util.Collection;
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

  /**
   * Answers as {@link #ask(List, String)} does, but for a conversation: without the sentences it
   * already {@code shown} ("What else…", "More"), with who the question is about and whether more
   * sentences would answer it. With nothing shown, the answer is the one {@code ask} gives. This
   * default leaves nothing out and knows no subject, for engines that cannot.
   */
  default ChatAnswer ask(List<AnalyzedArticle> scope, String question, Collection<Citation> shown) {
    return ChatAnswer.of(ask(scope, question));
  }

  /** An extractive summary of {@code sentences} sentences, in article order. */
  Answer summarize(AnalyzedArticle article, int sentences);
}
