package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the record that makes scheduled digests exactly-once. A digest is keyed by its subscription
 * and scheduled fire time (kept to the microsecond); whoever claims the key first sends it, and
 * every later claim, from this node or another, a restart or a misfire catch-up, is refused.
 *
 * <p>A claim is a lease: a sender that dies (kill -9, a lost machine) leaves its claim {@link
 * DeliveryStatus#CLAIMED}, and once it is older than the lease a recovery pass may {@link #reclaim}
 * it, as it may a claim {@link #release}d because nothing of it reached the chat. Reclaiming is a
 * compare-and-set: of racing recoverers, on any node, exactly one wins. A digest that failed or was
 * skipped is final. Implementations are thread-safe and, on a shared database, safe across nodes.
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

  /**
   * Records that the claimed digest was not sent on purpose (late, cancelled, nothing new), and
   * why.
   *
   * @throws IllegalStateException when the key was never claimed
   */
  void markSkipped(long subscriptionId, Instant scheduledFireTime, Instant now, String reason);

  /**
   * Hands a claim back ({@link DeliveryStatus#RELEASED}) when none of the digest reached the chat,
   * so a recovery pass sends it later. Does nothing unless the key is {@link
   * DeliveryStatus#CLAIMED}.
   */
  void release(long subscriptionId, Instant scheduledFireTime, Instant now);

  /**
   * Takes over an abandoned claim: a released one, or one still claimed since before {@code
   * staleBefore}. Atomically sets it claimed at {@code now} with one more attempt; true only for
   * one of any racing callers, on any node.
   */
  boolean reclaim(long subscriptionId, Instant scheduledFireTime, Instant now, Instant staleBefore);

  /**
   * Up to {@code limit} abandoned claims ({@link Delivery#abandoned}), oldest fire time first: what
   * a recovery pass tries to reclaim.
   */
  List<Delivery> abandoned(Instant staleBefore, int limit);

  /** The delivery for this key, if it was claimed. */
  Optional<Delivery> find(long subscriptionId, Instant scheduledFireTime);

  /**
   * The scheduled fire time of the chat's last sent digest, across all its subscriptions, removed
   * ones included: the digest lists the articles added since then.
   */
  Optional<Instant> lastDelivered(ChatAddress chat);
}
