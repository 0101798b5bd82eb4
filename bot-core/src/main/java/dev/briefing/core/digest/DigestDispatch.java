package dev.briefing.core.digest;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.DeliveryLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed digest and records what came of it, in the delivery log and the metrics. A
 * digest is marked sent only once the platform accepted every part of it ({@link
 * ChatAdapter#deliver}); one the adapter handed back at shutdown is released for a recovery pass,
 * since none of it reached the chat. The wait is bounded (half the claim lease), so a live sender
 * always records an outcome before its lease runs out and nobody takes its claim over.
 */
record DigestDispatch(
    DeliveryLog deliveries,
    ChatAdapter chats,
    Clock clock,
    DigestOutcomes metrics,
    Duration sendWait) {
  private static final Logger log = LoggerFactory.getLogger(DigestDispatch.class);

  /**
   * Sends the claimed digest and waits for the platform to accept it. Never throws for a send.
   *
   * <p>The outcome is recorded on the thread that completes the adapter's future, before that
   * thread goes on: an adapter that sends one message at a time records each digest before it sends
   * the next, so a kill finds at most one digest accepted by the platform but not yet recorded (the
   * one resent after the lease), however slow the waiting threads are to wake.
   */
  DeliveryOutcome send(long id, Instant due, ChatAddress chat, Reply digest) {
    CompletableFuture<Void> accepted;
    try {
      accepted = chats.deliver(chat, digest);
    } catch (RuntimeException e) {
      return failed(id, due, chat, "failed: " + e, e);
    }
    AtomicBoolean settled = new AtomicBoolean();
    CompletableFuture<DeliveryOutcome> recorded =
        accepted.handle(
            (ok, failure) ->
                settled.compareAndSet(false, true)
                    ? record(id, due, chat, failure)
                    : late(id, due, failure));
    try {
      return recorded.get(sendWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (TimeoutException e) {
      String why = "no answer from the platform within " + DigestService.readable(sendWait);
      return unanswered(id, due, chat, settled, recorded, why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unanswered(
          id, due, chat, settled, recorded, "interrupted while waiting for the platform");
    }
  }

  /** Records a digest not sent on purpose. */
  DeliveryOutcome skip(long id, Instant due, String why, DeliveryOutcome outcome) {
    log.info("Skipped the digest of subscription {} due at {}: {}", id, due, why);
    deliveries.markSkipped(id, due, clock.instant(), why);
    return counted(outcome);
  }

  /** Records a digest that could not be composed or sent. */
  DeliveryOutcome failed(long id, Instant due, ChatAddress chat, String why, Throwable cause) {
    log.warn(
        "Failed to deliver the digest of subscription {} to chat {} due at {}: {}",
        id,
        chat,
        due,
        why,
        cause);
    deliveries.markFailed(id, due, clock.instant(), why);
    return counted(DeliveryOutcome.FAILED);
  }

  DeliveryOutcome counted(DeliveryOutcome outcome) {
    metrics.digest(outcome);
    return outcome;
  }

  private DeliveryOutcome record(long id, Instant due, ChatAddress chat, Throwable failure) {
    if (failure == null) {
      deliveries.markSent(id, due, clock.instant());
      return counted(DeliveryOutcome.SENT);
    }
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause instanceof NotDelivered refusal) {
      if (refusal.handedBack()) {
        log.info(
            "The digest of subscription {} due at {} was handed back unsent ({}); released for"
                + " a recovery pass",
            id,
            due,
            refusal.getMessage());
        deliveries.release(id, due, clock.instant());
        return counted(DeliveryOutcome.HANDED_BACK);
      }
      return failed(id, due, chat, "refused: " + refusal.getMessage(), null);
    }
    return failed(id, due, chat, "failed: " + cause, cause);
  }

  /**
   * The platform neither accepted nor refused the digest in time: it is recorded as failed, not
   * retried (it may still be queued, so sending it again could send it twice), and marked sent
   * after all should the platform accept it later ({@link #late}).
   */
  private DeliveryOutcome unanswered(
      long id,
      Instant due,
      ChatAddress chat,
      AtomicBoolean settled,
      CompletableFuture<DeliveryOutcome> recorded,
      String why) {
    if (!settled.compareAndSet(false, true)) {
      return recorded.join(); // the platform answered just now
    }
    return failed(id, due, chat, why, null);
  }

  private DeliveryOutcome late(long id, Instant due, Throwable failure) {
    if (failure != null) {
      return DeliveryOutcome.FAILED;
    }
    try {
      deliveries.markSent(id, due, clock.instant());
      log.info("The digest of subscription {} due at {} was accepted late", id, due);
    } catch (RuntimeException e) {
      log.warn("Could not record the late digest of subscription {} at {}", id, due, e);
    }
    return DeliveryOutcome.SENT;
  }
}
