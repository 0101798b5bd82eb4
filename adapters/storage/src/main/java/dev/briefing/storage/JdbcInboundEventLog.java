package dev.briefing.storage;

import dev.briefing.core.store.InboundEventLog;
import dev.briefing.core.store.InboundEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The inbound event log in the {@code inbound_event} table: the primary key lets one INSERT win on
 * any node. Every thousandth event also deletes those older than a day, so the table stays small;
 * platforms retry an event within minutes.
 */
public final class JdbcInboundEventLog implements InboundEventLog {
  static final Duration KEPT = Duration.ofDays(1);
  private static final int PRUNE_EVERY = 1000;

  private final SqlRunner sql;
  private final AtomicLong inserts = new AtomicLong();

  public JdbcInboundEventLog(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean firstTime(String platform, String eventId, Instant now) {
    InboundEvents.validate(platform, eventId);
    if (!sql.insertUnlessPresent(
        "INSERT INTO inbound_event (platform, event_id, seen_at) VALUES (?, ?, ?)",
        platform,
        eventId,
        now)) {
      return false;
    }
    if (inserts.incrementAndGet() % PRUNE_EVERY == 0) {
      prune(now);
    }
    return true;
  }

  /** Deletes the events seen longer than a day before {@code now}; returns how many. */
  int prune(Instant now) {
    return sql.update("DELETE FROM inbound_event WHERE seen_at < ?", now.minus(KEPT));
  }
}
