package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import java.util.List;

/**
 * One story as a digest or an instant post shows it: the article that tells it ({@code lead}) and
 * the other articles that tell the same story ({@code alsoIn}, shown as "also in: …").
 */
public record Story(AnalyzedArticle lead, List<AnalyzedArticle> alsoIn) {
  public Story {
    if (lead == null) {
      throw new IllegalArgumentException("lead must not be null");
    }
    alsoIn = List.copyOf(alsoIn);
  }

  /** A story told by one article only. */
  public static Story of(AnalyzedArticle article) {
    return new Story(article, List.of());
  }
}
