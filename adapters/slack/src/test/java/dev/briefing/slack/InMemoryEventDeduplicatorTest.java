package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryEventDeduplicatorTest extends AbstractEventDeduplicatorContract {
  @Override
  protected EventDeduplicator newDeduplicator() {
    return new InMemoryEventDeduplicator();
  }

  @Test
  void forgetsTheOldestBeyondItsCapacity() {
    InMemoryEventDeduplicator dedup = new InMemoryEventDeduplicator(2);
    dedup.firstTime("Ev1");
    dedup.firstTime("Ev2");
    dedup.firstTime("Ev3");

    assertThat(dedup.firstTime("Ev3")).isFalse();
    assertThat(dedup.firstTime("Ev1")).isTrue();
  }
}
