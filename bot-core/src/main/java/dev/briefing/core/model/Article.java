package dev.briefing.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A news article split into numbered sentences.
 *
 * @param id stable id derived from the content, so the same article always gets the same id
 * @param title the headline, or the first sentence (shortened) when the text has none
 * @param source where it came from (a path or URL), or empty
 * @param paragraphs paragraph texts in order; paragraph 0 is the title
 * @param sentences every sentence, numbered from 1 in reading order
 */
public record Article(
    String id,
    String title,
    Optional<String> source,
    List<String> paragraphs,
    List<Sentence> sentences) {
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    source = source == null ? Optional.empty() : source;
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("sentences must not be empty");
    }
  }

  /** The sentence with this 1-based number. */
  public Sentence sentence(int number) {
    return sentences.get(number - 1);
  }
}
