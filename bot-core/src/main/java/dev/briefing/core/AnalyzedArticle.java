package dev.briefing.core;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.QuotedSpeaker;
import java.util.List;

/** An article together with what the engine derived from it. Immutable. */
public interface AnalyzedArticle {
  Article article();

  /**
   * Who the article quotes or reports speaking, in order of first speech, each with their
   * sentences; none for engines that do not find speakers.
   */
  default List<QuotedSpeaker> quoted() {
    return List.of();
  }
}
