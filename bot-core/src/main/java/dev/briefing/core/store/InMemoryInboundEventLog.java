package dev.briefing.core.store;

import java.time.Instant;

/** The most recent events in memory, for one process: tests and the embedded default. */
public final class InMemoryInboundEventLog implements InboundEventLog {
  private final RecentSet<String> seen;

  /**
   * @param capacity how many recent events are remembered; older ones are forgotten
   */
  public InMemoryInboundEventLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.seen = new RecentSet<>(capacity);
  }

  @Override
  public boolean firstTime(String platform, String eventId, Instant now) {
    InboundEvents.validate(platform, eventId);
    return seen.add(platform + "\u0000" + eventId);
  }
}
