package dev.briefing.core.chat;

import dev.briefing.core.model.Citation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a chat (or a thread of it) last asked, so a follow-up such as "Who is he?" or "And Brandt?"
 * can be read against it.
 *
 * @param question the question as it was answered (already resolved, if it was a follow-up)
 * @param person the person it was about, if any
 * @param organisation the organisation it was about, if any
 * @param articles the ids of the articles its answer cited, most cited first
 * @param cited the sentences already shown, so "What else…" and "More" show others
 * @param at when it was asked
 */
public record Conversation(
    String question,
    Optional<String> person,
    Optional<String> organisation,
    List<String> articles,
    List<Citation> cited,
    Instant at) {
  public Conversation {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("question must not be blank");
    }
    person = person == null ? Optional.empty() : person;
    organisation = organisation == null ? Optional.empty() : organisation;
    articles = List.copyOf(articles);
    cited = List.copyOf(cited);
    if (at == null) {
      throw new IllegalArgumentException("at must not be null");
    }
  }
}
