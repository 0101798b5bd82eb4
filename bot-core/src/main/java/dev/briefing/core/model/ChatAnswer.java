package dev.briefing.core.model;

import java.util.Optional;

/**
 * An answer with what a conversation needs to follow it up: who the question was about, so that
 * "Who is he?" can name them, and whether more sentences would answer it, so that "More" is offered
 * only when there is more.
 *
 * @param answer the answer, as {@code BriefingEngine.ask} gives it
 * @param person the person the question is about, as the question names them, if any
 * @param organisation the organisation (or country, or group) it is about, as named, if any
 * @param more whether sentences that answer as well were left out
 */
public record ChatAnswer(
    Answer answer, Optional<String> person, Optional<String> organisation, boolean more) {
  public ChatAnswer {
    if (answer == null) {
      throw new IllegalArgumentException("answer must not be null");
    }
    person = person == null ? Optional.empty() : person;
    organisation = organisation == null ? Optional.empty() : organisation;
  }

  /** An answer about no one in particular, with nothing more to show. */
  public static ChatAnswer of(Answer answer) {
    return new ChatAnswer(answer, Optional.empty(), Optional.empty(), false);
  }
}
