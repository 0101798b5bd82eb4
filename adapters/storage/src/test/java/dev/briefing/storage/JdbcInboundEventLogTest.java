package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.store.AbstractInboundEventLogContract;
import dev.briefing.core.store.InboundEventLog;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcInboundEventLogTest extends AbstractInboundEventLogContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected InboundEventLog newLog() {
    return new JdbcInboundEventLog(database.dataSource());
  }

  @Test
  void aSecondNodeOnTheSameDatabaseSeesTheEventAsTaken() {
    Instant now = Instant.parse("2026-11-28T08:00:00Z");
    assertThat(new JdbcInboundEventLog(database.dataSource()).firstTime("slack", "Ev9", now))
        .isTrue();

    var other = new JdbcInboundEventLog(database.openAnother().dataSource());

    assertThat(other.firstTime("slack", "Ev9", now.plusSeconds(30))).isFalse();
  }

  @Test
  void pruningForgetsOnlyEventsOlderThanADay() {
    JdbcInboundEventLog log = new JdbcInboundEventLog(database.dataSource());
    Instant now = Instant.parse("2026-11-28T08:00:00Z");
    log.firstTime("slack", "old", now.minus(Duration.ofDays(2)));
    log.firstTime("slack", "recent", now.minus(Duration.ofHours(2)));

    assertThat(log.prune(now)).isEqualTo(1);
    assertThat(log.firstTime("slack", "old", now)).isTrue();
    assertThat(log.firstTime("slack", "recent", now)).isFalse();
  }
}
