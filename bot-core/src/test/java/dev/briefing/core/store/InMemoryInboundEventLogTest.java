package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryInboundEventLogTest extends AbstractInboundEventLogContract {
  @Override
  protected InboundEventLog newLog() {
    return new InMemoryInboundEventLog(100);
  }

  @Test
  void forgetsTheOldestEventsPastItsCapacity() {
    InMemoryInboundEventLog small = new InMemoryInboundEventLog(2);
    Instant now = Instant.parse("2026-11-28T08:00:00Z");
    small.firstTime("slack", "a", now);
    small.firstTime("slack", "b", now);
    small.firstTime("slack", "c", now);

    assertThat(small.firstTime("slack", "c", now)).isFalse();
    assertThat(small.firstTime("slack", "a", now)).isTrue();
  }
}
