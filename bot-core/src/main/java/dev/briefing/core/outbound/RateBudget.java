package dev.briefing.core.outbound;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: the send budget everyone sending under one identity shares, such as Telegram's 30 messages
 * a second per bot token or a Slack workspace's posting rate. Several instances of the bot on one
 * database must draw from one budget, or together they send more than the platform allows.
 *
 * <p>The in-process budget ({@link #unlimited()} when the platform names none) serves a single
 * instance; a database-backed one serves a cluster. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RateBudget {
  /**
   * Reserves the next send slot at {@code now}: the slot is this caller's whether it is free now or
   * later, so callers queue for slots in the order they ask and no slot is lost to a caller that
   * asked late. A caller asks again only after it used its slot.
   *
   * @return {@link Duration#ZERO} when the send may go now, else how long until the reserved slot
   */
  Duration take(Instant now);

  /** No shared budget: every send may go as far as this budget is concerned. */
  static RateBudget unlimited() {
    return now -> Duration.ZERO;
  }
}
