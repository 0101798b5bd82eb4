package dev.briefing.core.model;

import java.util.List;

/**
 * Someone an article quotes or reports speaking, and where.
 *
 * @param name the speaker as the article names them
 * @param role the first role the article gives them ("Mayor"), or ""
 * @param sentences the 1-based numbers of the sentences in which they speak, in article order
 */
public record QuotedSpeaker(String name, String role, List<Integer> sentences) {
  public QuotedSpeaker {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    role = role == null ? "" : role;
    sentences = List.copyOf(sentences);
  }
}
