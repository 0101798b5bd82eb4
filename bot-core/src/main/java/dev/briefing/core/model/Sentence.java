package dev.briefing.core.model;

/**
 * One sentence of an article, exactly as written.
 *
 * @param number 1-based position in the article, counting the title as sentence 1 when it is the
 *     text's own headline (a title made from the first sentence is not repeated as a sentence)
 * @param paragraph 0-based paragraph index (the title is paragraph 0)
 * @param text the sentence text, verbatim
 */
public record Sentence(int number, int paragraph, String text) {
  public Sentence {
    if (number < 1) {
      throw new IllegalArgumentException("number must be >= 1, was " + number);
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must be >= 0, was " + paragraph);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
  }
}
