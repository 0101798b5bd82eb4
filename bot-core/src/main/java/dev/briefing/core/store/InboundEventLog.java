package dev.briefing.core.store;

import java.time.Instant;

/**
 * Port: the platform events the bot has taken, so one delivered twice (Slack retries an event it
 * thinks was missed; a second instance may get it) is handled once. Shared across nodes when the
 * implementation is a shared database. Thread-safe.
 */
public interface InboundEventLog {
  /**
   * Records {@code eventId} of {@code platform}: true for the first call with that pair, on any
   * node; false for every later one.
   */
  boolean firstTime(String platform, String eventId, Instant now);
}
