package dev.briefing.core.chat;

/**
 * Why {@link ChatAdapter#deliver} did not deliver a reply: the platform refused it or the retries
 * ran out ({@link #handedBack()} false: it will not be delivered), or the adapter closed with the
 * message still queued ({@link #handedBack()} true: nothing reached the chat, so the caller may
 * send it again after a restart).
 */
public final class NotDelivered extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean handedBack;

  private NotDelivered(String message, boolean handedBack) {
    super(message);
    this.handedBack = handedBack;
  }

  /** The platform refused the message, or it failed every retry. */
  public static NotDelivered refused(String why) {
    return new NotDelivered(why, false);
  }

  /** The adapter closed before sending the message; no part of it reached the chat. */
  public static NotDelivered handedBack(String why) {
    return new NotDelivered(why, true);
  }

  public boolean handedBack() {
    return handedBack;
  }
}
