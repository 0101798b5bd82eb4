package dev.briefing.core.store;

import java.time.Clock;

/**
 * Port: remembers which inbound updates or events of one platform were handled, so one delivered
 * again is answered once. Telegram repeats updates (long polling confirms a batch only with the
 * next getUpdates; a webhook update answered 503 comes back, possibly to another instance); Slack
 * retries events it thinks were missed ({@code X-Slack-Retry-Num}, Socket Mode {@code
 * retry_attempt}). Implementations are thread-safe; one backed by the shared {@link
 * InboundEventLog} makes it hold across restarts and instances.
 */
@FunctionalInterface
public interface InboundDedup {
  /** How many ids {@link #inMemory()} remembers: retries come within minutes. */
  int DEFAULT_CAPACITY = 10_000;

  /**
   * Records the id; true the first time it is seen, false for every repeat.
   *
   * @throws IllegalArgumentException when the id is blank
   */
  boolean firstTime(String eventId);

  /** The last {@value #DEFAULT_CAPACITY} ids of this process, forgotten at a restart. */
  static InboundDedup inMemory() {
    return inMemory(DEFAULT_CAPACITY);
  }

  /** The last {@code capacity} ids of this process, forgotten at a restart. */
  static InboundDedup inMemory(int capacity) {
    RecentSet<String> seen = new RecentSet<>(capacity);
    return eventId -> {
      if (eventId == null || eventId.isBlank()) {
        throw new IllegalArgumentException("eventId must not be blank");
      }
      return seen.add(eventId);
    };
  }

  /** Ids of {@code platform} kept in the event log, shared by every instance on its database. */
  static InboundDedup through(InboundEventLog log, String platform, Clock clock) {
    return eventId -> log.firstTime(platform, eventId, clock.instant());
  }
}
