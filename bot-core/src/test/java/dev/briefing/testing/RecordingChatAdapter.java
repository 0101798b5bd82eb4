package dev.briefing.testing;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what would be sent, for tests; {@link #failNext} makes the next send throw, as a platform
 * outage would. Thread-safe.
 */
public final class RecordingChatAdapter implements ChatAdapter {
  /** One message sent. */
  public record Sent(ChatAddress chat, Reply reply) {}

  private final List<Sent> sent = new ArrayList<>();
  private RuntimeException nextFailure;

  @Override
  public synchronized void send(ChatAddress chat, Reply reply) {
    if (nextFailure != null) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    sent.add(new Sent(chat, reply));
  }

  /** Makes the next send throw {@code failure}. */
  public synchronized void failNext(RuntimeException failure) {
    nextFailure = failure;
  }

  /** Everything sent so far, in order. */
  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }
}
