package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryInboundDedupTest extends AbstractInboundDedupContract {
  @Override
  protected InboundDedup newDedup() {
    return InboundDedup.inMemory();
  }

  @Test
  void forgetsTheOldestBeyondItsCapacity() {
    InboundDedup dedup = InboundDedup.inMemory(2);
    dedup.firstTime("Ev1");
    dedup.firstTime("Ev2");
    dedup.firstTime("Ev3");

    assertThat(dedup.firstTime("Ev3")).isFalse();
    assertThat(dedup.firstTime("Ev1")).isTrue();
  }
}
