package dev.briefing.core.qa;

import dev.briefing.core.model.Answer;

/**
 * An answerer's answer, and whether it left out sentences that answer as well: those "More" shows.
 *
 * @param answer the answer as shown
 * @param more whether further sentences would answer the question
 */
record Answered(Answer answer, boolean more) {
  /** An answer with nothing left to show. */
  static Answered complete(Answer answer) {
    return new Answered(answer, false);
  }
}
