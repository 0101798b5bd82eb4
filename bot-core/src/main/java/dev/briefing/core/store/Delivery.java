package dev.briefing.core.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One scheduled digest in the delivery log. Times are kept to the microsecond, as databases store
 * them.
 *
 * @param subscriptionId the subscription it belongs to
 * @param scheduledFireTime when it was due (the key, with the subscription)
 * @param status claimed, released, sent, failed or skipped
 * @param claimedAt when a node last claimed it (first claim or recovery)
 * @param finishedAt when it was marked sent, failed or skipped
 * @param failureReason why it failed or was skipped, when it was
 * @param attempts how many times it was claimed: 1, plus one per recovery
 */
public record Delivery(
    long subscriptionId,
    Instant scheduledFireTime,
    DeliveryStatus status,
    Instant claimedAt,
    Optional<Instant> finishedAt,
    Optional<String> failureReason,
    int attempts) {
  public Delivery {
    if (subscriptionId < 1) {
      throw new IllegalArgumentException("subscriptionId must be >= 1, was " + subscriptionId);
    }
    scheduledFireTime = micros(scheduledFireTime, "scheduledFireTime");
    if (status == null) {
      throw new IllegalArgumentException("status must not be null");
    }
    claimedAt = micros(claimedAt, "claimedAt");
    finishedAt = finishedAt == null ? Optional.empty() : finishedAt.map(Delivery::truncate);
    failureReason = failureReason == null ? Optional.empty() : failureReason;
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be >= 1, was " + attempts);
    }
  }

  /** A delivery claimed once. */
  public Delivery(
      long subscriptionId,
      Instant scheduledFireTime,
      DeliveryStatus status,
      Instant claimedAt,
      Optional<Instant> finishedAt,
      Optional<String> failureReason) {
    this(subscriptionId, scheduledFireTime, status, claimedAt, finishedAt, failureReason, 1);
  }

  /** A fresh claim. */
  public static Delivery claimed(long subscriptionId, Instant scheduledFireTime, Instant now) {
    return claim(subscriptionId, scheduledFireTime, now, 1);
  }

  /** This delivery finished with {@code status} at {@code now}. */
  public Delivery finished(DeliveryStatus status, Instant now, Optional<String> reason) {
    return new Delivery(
        subscriptionId, scheduledFireTime, status, claimedAt, Optional.of(now), reason, attempts);
  }

  /** Handed back: free for a recovery pass. */
  public Delivery released() {
    return new Delivery(
        subscriptionId,
        scheduledFireTime,
        DeliveryStatus.RELEASED,
        claimedAt,
        finishedAt,
        failureReason,
        attempts);
  }

  /** Claimed again by a recovery pass at {@code now}. */
  public Delivery reclaimed(Instant now) {
    return claim(subscriptionId, scheduledFireTime, now, attempts + 1);
  }

  /**
   * Whether a recovery pass may take it over: handed back, or still claimed by a sender that
   * claimed it before {@code staleBefore} (its lease ran out: the sender died).
   */
  public boolean abandoned(Instant staleBefore) {
    return status == DeliveryStatus.RELEASED
        || (status == DeliveryStatus.CLAIMED && claimedAt.isBefore(staleBefore));
  }

  /** Claimed at {@code now}, not finished, for the {@code attempts}-th time. */
  private static Delivery claim(
      long subscriptionId, Instant scheduledFireTime, Instant now, int attempts) {
    return new Delivery(
        subscriptionId,
        scheduledFireTime,
        DeliveryStatus.CLAIMED,
        now,
        Optional.empty(),
        Optional.empty(),
        attempts);
  }

  private static Instant micros(Instant instant, String field) {
    if (instant == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return truncate(instant);
  }

  private static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
