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
 * @param status claimed, sent or failed
 * @param claimedAt when a node claimed it
 * @param finishedAt when it was marked sent or failed
 * @param failureReason why it failed, when it did
 */
public record Delivery(
    long subscriptionId,
    Instant scheduledFireTime,
    DeliveryStatus status,
    Instant claimedAt,
    Optional<Instant> finishedAt,
    Optional<String> failureReason) {
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
  }

  /** A fresh claim. */
  public static Delivery claimed(long subscriptionId, Instant scheduledFireTime, Instant now) {
    return new Delivery(
        subscriptionId,
        scheduledFireTime,
        DeliveryStatus.CLAIMED,
        now,
        Optional.empty(),
        Optional.empty());
  }

  /** This delivery finished with {@code status} at {@code now}. */
  public Delivery finished(DeliveryStatus status, Instant now, Optional<String> reason) {
    return new Delivery(
        subscriptionId, scheduledFireTime, status, claimedAt, Optional.of(now), reason);
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
