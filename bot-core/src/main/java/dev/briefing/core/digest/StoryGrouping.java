package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import java.util.List;

/**
 * Groups articles that tell the same story, so a digest or a run of instant posts shows it once.
 */
@FunctionalInterface
public interface StoryGrouping {
  /** Groups nothing: each article is its own story. */
  StoryGrouping NONE = articles -> articles.stream().map(Story::of).toList();

  /**
   * The stories among {@code articles} (newest first), in the order of their newest article; each
   * article is in exactly one story.
   */
  List<Story> group(List<AnalyzedArticle> articles);
}
