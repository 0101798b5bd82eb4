package dev.briefing.core.model;

/**
 * A pointer to the sentence an answer quotes.
 *
 * @param article the article id
 * @param sentence the 1-based sentence number
 * @param text the cited sentence exactly as in the article
 */
public record Citation(String article, int sentence, String text) {
  public Citation {
    if (article == null || article.isBlank()) {
      throw new IllegalArgumentException("article must not be blank");
    }
    if (sentence < 1) {
      throw new IllegalArgumentException("sentence must be >= 1, was " + sentence);
    }
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
  }

  public static Citation of(Article article, int sentence) {
    return new Citation(article.id(), sentence, article.sentence(sentence).text());
  }
}
