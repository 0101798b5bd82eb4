package dev.briefing.core.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ReplyParts;

/**
 * One message waiting in the {@link OutboundQueue}.
 *
 * @param chat where it goes
 * @param payload what the platform sends (Telegram HTML, Slack blocks)
 * @param attempt how many times it was tried already
 * @param delivery the reply or digest it is a part of, told when it is accepted or dropped
 * @param updateId the update it answers, for log lines; null for digests and other sends
 * @param <P> the platform's message type
 */
public record Outgoing<P>(
    ChatAddress chat, P payload, int attempt, ReplyParts delivery, String updateId) {
  public Outgoing {
    if (chat == null || payload == null || delivery == null) {
      throw new IllegalArgumentException("chat, payload and delivery must not be null");
    }
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative, was " + attempt);
    }
  }

  /** A first try, for the reply {@code delivery}. */
  public static <P> Outgoing<P> of(
      ChatAddress chat, P payload, ReplyParts delivery, String updateId) {
    return new Outgoing<>(chat, payload, 0, delivery, updateId);
  }

  Outgoing<P> retried() {
    return new Outgoing<>(chat, payload, attempt + 1, delivery, updateId);
  }

  Outgoing<P> movedTo(ChatAddress newChat) {
    return new Outgoing<>(newChat, payload, attempt, delivery, updateId);
  }
}
