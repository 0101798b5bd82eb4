package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * Port: the record that makes scheduled digests exactly-once. A digest is keyed by its subscription
 * and scheduled fire time (kept to the microsecond); whoever claims the key first sends it, and
 * every later claim, from this node or another, a restart or a misfire catch-up, is refused. A key
 * is claimed once, ever: a failed digest is not retried by claiming again. Implementations are
 * thread-safe and, on a shared database, safe across nodes.
 */
public interface DeliveryLog {
  /**
   * Claims the digest of {@code subscriptionId} due at {@code scheduledFireTime}: true only for the
   * first caller for that key.
   *
   * @throws IllegalArgumentException when there is no such subscription (removed ones count)
   */
  boolean claim(long subscriptionId, Instant scheduledFireTime, Instant now);

  /**
   * Records that the claimed digest was sent.
   *
   * @throws IllegalStateException when the key was never claimed
   */
  void markSent(long subscriptionId, Instant scheduledFireTime, Instant now);

  /**
   * Records that the claimed digest could not be sent, and why.
   *
   * @throws IllegalStateException when the key was never claimed
   */
  void markFailed(long subscriptionId, Instant scheduledFireTime, Instant now, String reason);

  /** The delivery for this key, if it was claimed. */
  Optional<Delivery> find(long subscriptionId, Instant scheduledFireTime);

  /**
   * The scheduled fire time of the chat's last sent digest, across all its subscriptions, removed
   * ones included: the digest lists the articles added since then.
   */
  Optional<Instant> lastDelivered(ChatAddress chat);
}
