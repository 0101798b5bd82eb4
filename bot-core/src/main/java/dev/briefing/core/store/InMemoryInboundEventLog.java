package dev.briefing.core.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The inbound event log of one process: the most recent events, up to a bound. */
public final class InMemoryInboundEventLog implements InboundEventLog {
  private final Map<String, Boolean> seen;

  /**
   * @param capacity how many recent events are remembered; older ones are forgotten
   */
  public InMemoryInboundEventLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.seen =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized boolean firstTime(String platform, String eventId, Instant now) {
    InboundEvents.validate(platform, eventId);
    return seen.put(platform + "\u0000" + eventId, Boolean.TRUE) == null;
  }
}
