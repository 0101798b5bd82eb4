package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class EventLogInboundDedupTest extends AbstractInboundDedupContract {
  private final InMemoryInboundEventLog log = new InMemoryInboundEventLog(100);

  @Override
  protected InboundDedup newDedup() {
    return InboundDedup.through(log, "slack", Clock.systemUTC());
  }

  @Test
  void platformsDoNotShareIds() {
    InboundDedup slack = InboundDedup.through(log, "slack", Clock.systemUTC());
    InboundDedup telegram = InboundDedup.through(log, "telegram", Clock.systemUTC());

    assertThat(slack.firstTime("1001")).isTrue();
    assertThat(telegram.firstTime("1001")).isTrue();
    assertThat(slack.firstTime("1001")).isFalse();
  }
}
