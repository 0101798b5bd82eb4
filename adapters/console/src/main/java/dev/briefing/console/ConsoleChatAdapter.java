package dev.briefing.console;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import java.io.PrintWriter;

/** Sends replies to a terminal (or any writer), each followed by a blank line and a flush. */
public final class ConsoleChatAdapter implements ChatAdapter {
  private final PrintWriter out;
  private final ConsoleRenderer renderer;

  public ConsoleChatAdapter(PrintWriter out, ConsoleRenderer renderer) {
    this.out = out;
    this.renderer = renderer;
  }

  @Override
  public synchronized void send(ChatAddress chat, Reply reply) {
    out.println(renderer.render(reply));
    out.println();
    out.flush();
  }
}
