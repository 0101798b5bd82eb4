package dev.briefing.console;

import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import java.util.List;

/** Renders a reply as plain terminal text: the body, then a numbered list of its sources. */
public final class ConsoleRenderer {
  /** The body, and when it quotes sentences a "Sources:" list naming article and sentence. */
  public String render(Reply reply) {
    StringBuilder text = new StringBuilder(reply.text());
    List<Citation> citations = reply.citations();
    if (!citations.isEmpty()) {
      text.append("\n\nSources:");
      for (int i = 0; i < citations.size(); i++) {
        Citation c = citations.get(i);
        text.append('\n').append(i + 1).append(". article ").append(c.article());
        text.append(", sentence ").append(c.sentence()).append(": ").append(c.text());
      }
    }
    return text.toString();
  }
}
