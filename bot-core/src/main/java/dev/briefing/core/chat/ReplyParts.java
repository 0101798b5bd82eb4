package dev.briefing.core.chat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reply or digest on its way to a platform, split into {@code parts} messages, for the platform
 * adapters' {@link ChatAdapter#deliver}: its future completes when the platform accepted every part
 * and fails with {@link NotDelivered} as soon as one part is dropped or handed back. The adapter's
 * outbound queue settles each message exactly once, so the future always completes. Handed back
 * only when no part reached the chat, as {@link NotDelivered#handedBack()} promises; a reply cut
 * off after some parts counts as refused, so nobody sends its first parts twice. Thread-safe.
 */
public final class ReplyParts {
  private static final Logger log = LoggerFactory.getLogger(ReplyParts.class);

  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final int parts;
  private final Runnable firstAccepted;
  private final AtomicInteger accepted = new AtomicInteger();

  /**
   * @param parts how many messages the reply was split into
   * @param firstAccepted runs once, when the platform accepted the first part (answer latency)
   */
  public ReplyParts(int parts, Runnable firstAccepted) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1, was " + parts);
    }
    this.parts = parts;
    this.firstAccepted = firstAccepted;
  }

  /** A delivery of one message that nobody waits for. */
  public static ReplyParts single() {
    return new ReplyParts(1, () -> {});
  }

  /**
   * Completes when every part was accepted; fails with the {@link NotDelivered} itself (not wrapped
   * in a {@code CompletionException}). Each call gives a new future, so a caller completing its own
   * cannot settle the delivery.
   */
  public CompletableFuture<Void> future() {
    CompletableFuture<Void> view = new CompletableFuture<>();
    done.whenComplete(
        (ok, failure) -> {
          if (failure == null) {
            view.complete(null);
          } else {
            view.completeExceptionally(failure);
          }
        });
    return view;
  }

  /** The platform accepted one part. */
  public void accepted() {
    int count = accepted.incrementAndGet();
    if (count == 1) {
      try {
        firstAccepted.run();
      } catch (RuntimeException e) {
        log.warn("Could not record an answer's first part", e);
      }
    }
    if (count == parts) {
      done.complete(null);
    }
  }

  /** A part was dropped for good: the platform refused it or the retries ran out. */
  public void refused(String why) {
    done.completeExceptionally(NotDelivered.refused(why));
  }

  /** The adapter closed with a part still queued. */
  public void handedBack(String why) {
    int sent = accepted.get();
    done.completeExceptionally(
        sent == 0
            ? NotDelivered.handedBack(why)
            : NotDelivered.refused(why + " after " + sent + " of " + parts + " parts were sent"));
  }
}
