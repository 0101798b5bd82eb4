package dev.briefing.core.schedule;

import dev.briefing.core.store.Subscription;

/**
 * Port: fires each subscription's digest at its local time, in its zone ({@link NextFireTime} is
 * the reference for when). Implementations call the digest service with the scheduled fire time,
 * which makes each firing exactly-once, so scheduling a subscription twice or firing it on two
 * nodes is harmless. Implementations are thread-safe.
 */
public interface DigestScheduler {
  /** Starts firing {@code subscription}, replacing any schedule it had under its id. */
  void schedule(Subscription subscription);

  /** Stops firing the subscription; does nothing when it is not scheduled. */
  void unschedule(long subscriptionId);
}
