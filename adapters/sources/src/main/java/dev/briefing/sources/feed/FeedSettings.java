package dev.briefing.sources.feed;

import java.time.Duration;

/**
 * How often feeds are polled and how failing feeds back off.
 *
 * @param pollInterval the wait after a successful poll
 * @param initialBackoff the wait after the first failure; it doubles with each further failure
 * @param maxBackoff the longest wait between attempts at a failing feed
 * @param maxItemsPerPoll how many new items one poll reads; older new items (a first poll's
 *     backlog) are marked seen without being fetched
 * @param maxSeenKeys how many de-duplication keys are kept per feed, oldest dropped first
 */
public record FeedSettings(
    Duration pollInterval,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxItemsPerPoll,
    int maxSeenKeys) {
  public FeedSettings {
    requirePositive(pollInterval, "pollInterval");
    requirePositive(initialBackoff, "initialBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    if (maxItemsPerPoll < 1) {
      throw new IllegalArgumentException(
          "maxItemsPerPoll must be at least 1, was " + maxItemsPerPoll);
    }
    if (maxSeenKeys < 3) {
      throw new IllegalArgumentException("maxSeenKeys must be at least 3, was " + maxSeenKeys);
    }
  }

  /** Every 15 minutes; failures back off from 1 minute, doubling, to 6 hours. */
  public static FeedSettings defaults() {
    return new FeedSettings(
        Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(6), 20, 3000);
  }

  /** The wait after {@code failures} consecutive failures (1 → initialBackoff). */
  public Duration backoffAfter(int failures) {
    if (failures < 1) {
      return pollInterval;
    }
    Duration delay = initialBackoff;
    for (int i = 1; i < failures && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
  }
}
