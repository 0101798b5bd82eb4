package dev.briefing.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the most recent event ids in memory, forgetting the oldest beyond the capacity. Slack
 * retries within minutes, so a few thousand ids cover any retry window. Thread-safe.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {
  public static final int DEFAULT_CAPACITY = 10_000;

  private final Map<String, Boolean> recent;

  public InMemoryEventDeduplicator() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryEventDeduplicator(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.recent =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized boolean firstTime(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("eventId must not be blank");
    }
    return recent.put(eventId, Boolean.TRUE) == null;
  }
}
