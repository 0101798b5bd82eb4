package dev.briefing.core.model;

import java.util.List;

/**
 * What the engine answers: text a user would read, built from cited sentences.
 *
 * @param found whether the articles answer the question
 * @param text the answer as a user reads it
 * @param citations the sentences the answer quotes, in the order they appear
 */
public record Answer(boolean found, String text, List<Citation> citations) {
  public Answer {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    citations = List.copyOf(citations);
  }

  public static Answer notFound(String message) {
    return new Answer(false, message, List.of());
  }
}
