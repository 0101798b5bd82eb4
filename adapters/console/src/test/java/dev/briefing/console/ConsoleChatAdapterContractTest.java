package dev.briefing.console;

import dev.briefing.core.chat.AbstractChatAdapterContract;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** The chat adapter contract on a console writing to memory; each flush ends one message. */
class ConsoleChatAdapterContractTest extends AbstractChatAdapterContract {
  private final StringWriter terminal = new StringWriter();
  private final List<String> messages = new ArrayList<>();

  @Override
  protected ChatAdapter newAdapter() {
    PrintWriter out =
        new PrintWriter(terminal) {
          @Override
          public void flush() {
            super.flush();
            StringBuffer written = terminal.getBuffer();
            messages.add(written.toString().strip());
            written.setLength(0);
          }
        };
    return new ConsoleChatAdapter(out, new ConsoleRenderer());
  }

  @Override
  protected ChatAddress chat() {
    return ConsoleChat.ADDRESS;
  }

  @Override
  protected List<String> delivered() {
    return List.copyOf(messages);
  }

  /** A terminal takes text of any length. */
  @Override
  protected int maxMessageLength() {
    return Integer.MAX_VALUE;
  }

  /**
   * A PrintWriter records a failed write in checkError() instead of throwing, and the adapter
   * delivers through the port's default deliver: a console delivery is never refused.
   */
  @Override
  protected boolean canBeRefused() {
    return false;
  }

  /** The console is the one local terminal: every reply goes there, whatever its address. */
  @Override
  protected boolean servesOnlyItsOwnPlatform() {
    return false;
  }

  /** It writes before send returns and queues nothing, so it is not AutoCloseable. */
  @Override
  protected boolean supportsClose() {
    return false;
  }
}
