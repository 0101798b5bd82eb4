package dev.briefing.telegram;

import dev.briefing.core.chat.NotDelivered;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reply or digest on its way, split into {@code parts} messages: its future completes when the
 * Bot API accepted every part, and fails with {@link NotDelivered} as soon as one part is dropped
 * or handed back. Whatever happens to its messages, the outbound queue settles each of them exactly
 * once, so the future always completes.
 */
final class ReplyDelivery {
  private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final int parts;
  private final Integer updateId;
  private final Runnable firstAccepted;
  private final AtomicInteger accepted = new AtomicInteger();

  /**
   * @param parts how many messages the reply was split into
   * @param updateId the update it answers, for log lines; null for digests and other sends
   * @param firstAccepted runs once, when the Bot API accepted the first part (answer latency)
   */
  ReplyDelivery(int parts, Integer updateId, Runnable firstAccepted) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, was " + parts);
    }
    this.parts = parts;
    this.updateId = updateId;
    this.firstAccepted = firstAccepted;
  }

  /** A delivery nobody waits for, of one message. */
  static ReplyDelivery single() {
    return new ReplyDelivery(1, null, () -> {});
  }

  /** The update this reply answers, or null. */
  Integer updateId() {
    return updateId;
  }

  /** Completes when every part was accepted; fails with {@link NotDelivered}. */
  CompletableFuture<Void> future() {
    return done.copy(); // callers completing their copy cannot settle ours
  }

  /** The Bot API accepted one part. */
  void accepted() {
    int count = accepted.incrementAndGet();
    if (count == 1) {
      try {
        firstAccepted.run();
      } catch (RuntimeException e) {
        log.warn("Could not record a Telegram answer", e);
      }
    }
    if (count == parts) {
      done.complete(null);
    }
  }

  /** A part was dropped: the platform refused it or the retries ran out. */
  void refused(String why) {
    done.completeExceptionally(NotDelivered.refused(why));
  }

  /**
   * The adapter closed with a part still queued. Handed back only when no part reached the chat, as
   * {@link NotDelivered#handedBack()} promises; a reply cut in the middle counts as refused, so
   * nobody sends its first parts twice.
   */
  void handedBack(String why) {
    int sent = accepted.get();
    done.completeExceptionally(
        sent == 0
            ? NotDelivered.handedBack(why)
            : NotDelivered.refused(why + " after " + sent + " of " + parts + " parts were sent"));
  }
}
