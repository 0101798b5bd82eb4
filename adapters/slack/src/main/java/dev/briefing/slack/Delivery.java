package dev.briefing.slack;

import dev.briefing.core.chat.NotDelivered;
import java.util.concurrent.CompletableFuture;

/**
 * The parts of one reply on their way to Slack, and the futures that tell how it went: {@link
 * #done()} completes when the Web API accepted every part, {@link #firstPart()} when it accepted
 * the first. Each part ends exactly once, accepted, refused or handed back, so both futures always
 * complete. A reply of which no part was posted is handed back ({@link NotDelivered#handedBack()}
 * true, the caller may send it again); one already partly posted is refused instead, since sending
 * it again would repeat the posted parts. Thread-safe.
 */
final class Delivery {
  private final int parts;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final CompletableFuture<Void> firstPart = new CompletableFuture<>();
  private int accepted;

  Delivery(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive, was " + parts);
    }
    this.parts = parts;
  }

  /** Completes when all parts were accepted; fails with {@link NotDelivered} otherwise. */
  CompletableFuture<Void> done() {
    return done;
  }

  /** Completes when the first part was accepted; fails like {@link #done()} before that. */
  CompletableFuture<Void> firstPart() {
    return firstPart;
  }

  /** The Web API accepted one more part. */
  synchronized void accepted() {
    accepted++;
    firstPart.complete(null);
    if (accepted >= parts) {
      done.complete(null);
    }
  }

  /** A part was dropped for good: the channel is gone, Slack rejected it or retries ran out. */
  synchronized void refused(String why) {
    fail(NotDelivered.refused(why));
  }

  /** A part was still queued when the adapter closed. */
  synchronized void handedBack(String why) {
    fail(
        accepted == 0
            ? NotDelivered.handedBack(why)
            : NotDelivered.refused(why + " after " + accepted + " of " + parts + " parts posted"));
  }

  private void fail(NotDelivered why) {
    done.completeExceptionally(why);
    firstPart.completeExceptionally(why);
  }
}
