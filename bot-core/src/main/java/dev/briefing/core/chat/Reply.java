package dev.briefing.core.chat;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import java.util.List;

/**
 * A platform-neutral reply. Renderers turn it into a platform message, escaping the text and
 * listing the citations as sources.
 *
 * @param text the body a user reads
 * @param citations the sentences the body quotes
 */
public record Reply(String text, List<Citation> citations) {
  public Reply {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    citations = List.copyOf(citations);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of());
  }

  public static Reply of(Answer answer) {
    return new Reply(answer.text(), answer.citations());
  }
}
