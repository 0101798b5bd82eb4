package dev.briefing.core.outbound;

import java.time.Instant;

/**
 * A platform's send limits as a pure calculation over the sends made so far. Not thread-safe: the
 * {@link OutboundQueue} calls it under its lock.
 */
public interface RatePolicy {
  /** The earliest time a message to {@code chatId} may go, {@code now} or later. */
  Instant earliest(String chatId, Instant now);

  /** Counts a send to {@code chatId} that ended at {@code at}. */
  void record(String chatId, Instant at);

  /**
   * The budget shared with other instances sending under the same identity, asked once per send
   * that this policy allows; {@link RateBudget#unlimited()} when none is shared.
   */
  default RateBudget shared() {
    return RateBudget.unlimited();
  }
}
