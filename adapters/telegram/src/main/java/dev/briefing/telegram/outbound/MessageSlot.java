package dev.briefing.telegram.outbound;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One message in a chat that several texts take turns to fill: a progress message turning into its
 * answer, a listing paged in place. Empty until the bot posted the first text; from then on the
 * texts queued for the slot edit that message. The id is set on the send thread and read there,
 * when the next text's turn comes (a chat's messages are sent in order). Thread-safe.
 */
public final class MessageSlot {
  private static final int NONE = 0; // Telegram's message ids start at 1

  private final AtomicInteger messageId;

  private MessageSlot(int messageId) {
    this.messageId = new AtomicInteger(messageId);
  }

  /** A slot whose first text posts a new message. */
  public static MessageSlot empty() {
    return new MessageSlot(NONE);
  }

  /** The message {@code messageId} already posted, e.g. the one whose button was pressed. */
  public static MessageSlot of(int messageId) {
    if (messageId <= 0) {
      throw new IllegalArgumentException("messageId must be positive, was " + messageId);
    }
    return new MessageSlot(messageId);
  }

  /** The message to edit, once there is one. */
  OptionalInt messageId() {
    int id = messageId.get();
    return id == NONE ? OptionalInt.empty() : OptionalInt.of(id);
  }

  /** The message now holding the slot's text: the first one posted, or its replacement. */
  void posted(int id) {
    messageId.set(id);
  }
}
