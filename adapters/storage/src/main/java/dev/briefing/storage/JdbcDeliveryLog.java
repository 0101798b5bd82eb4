package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.DeliveryStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The delivery log in the {@code delivery_log} table. A claim is one INSERT in its own transaction:
 * the primary key (subscription, fire time) lets exactly one node, or thread, win. Taking over an
 * abandoned claim is one conditional UPDATE (released, or claimed before the lease's start): the
 * database's row lock makes racing recoverers see each other's update, so one wins.
 */
public final class JdbcDeliveryLog implements DeliveryLog {
  private static final String KEY = " WHERE subscription_id = ? AND scheduled_fire_time = ?";
  private static final String COLUMNS =
      "SELECT subscription_id, scheduled_fire_time, status, claimed_at, finished_at,"
          + " failure_reason, attempts FROM delivery_log";
  private static final String ABANDONED =
      " (status = 'RELEASED' OR (status = 'CLAIMED' AND claimed_at < ?))";

  private final SqlRunner sql;

  public JdbcDeliveryLog(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean claim(long subscriptionId, Instant scheduledFireTime, Instant now) {
    try {
      sql.update(
          "INSERT INTO delivery_log (subscription_id, scheduled_fire_time, status, claimed_at)"
              + " VALUES (?, ?, ?, ?)",
          subscriptionId,
          scheduledFireTime,
          DeliveryStatus.CLAIMED.name(),
          now);
      return true;
    } catch (StorageException e) {
      if (e.isUniqueViolation()) {
        return false;
      }
      if (e.isIntegrityViolation()) {
        throw new IllegalArgumentException("no subscription " + subscriptionId, e);
      }
      throw e;
    }
  }

  @Override
  public void markSent(long subscriptionId, Instant scheduledFireTime, Instant now) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.SENT, now, null);
  }

  @Override
  public void markFailed(
      long subscriptionId, Instant scheduledFireTime, Instant now, String reason) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.FAILED, now, reason);
  }

  @Override
  public void markSkipped(
      long subscriptionId, Instant scheduledFireTime, Instant now, String reason) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.SKIPPED, now, reason);
  }

  @Override
  public void release(long subscriptionId, Instant scheduledFireTime, Instant now) {
    sql.update(
        "UPDATE delivery_log SET status = ?" + KEY + " AND status = ?",
        DeliveryStatus.RELEASED.name(),
        subscriptionId,
        scheduledFireTime,
        DeliveryStatus.CLAIMED.name());
  }

  @Override
  public boolean reclaim(
      long subscriptionId, Instant scheduledFireTime, Instant now, Instant staleBefore) {
    return sql.update(
            "UPDATE delivery_log SET status = ?, claimed_at = ?, finished_at = NULL,"
                + " failure_reason = NULL, attempts = attempts + 1"
                + KEY
                + " AND"
                + ABANDONED,
            DeliveryStatus.CLAIMED.name(),
            now,
            subscriptionId,
            scheduledFireTime,
            staleBefore)
        == 1;
  }

  @Override
  public List<Delivery> abandoned(Instant staleBefore, int limit) {
    return sql.query(
        COLUMNS + " WHERE" + ABANDONED + " ORDER BY scheduled_fire_time LIMIT ?",
        JdbcDeliveryLog::read,
        staleBefore,
        limit);
  }

  @Override
  public Optional<Delivery> find(long subscriptionId, Instant scheduledFireTime) {
    return sql.queryOne(COLUMNS + KEY, JdbcDeliveryLog::read, subscriptionId, scheduledFireTime);
  }

  @Override
  public Optional<Instant> lastDelivered(ChatAddress chat) {
    return sql.queryOne(
            "SELECT MAX(d.scheduled_fire_time) AS last_sent FROM delivery_log d"
                + " JOIN subscription s ON s.id = d.subscription_id"
                + " WHERE d.status = ? AND s.platform = ? AND s.chat_id = ?",
            row -> Optional.ofNullable(SqlRunner.instant(row, "last_sent")),
            DeliveryStatus.SENT.name(),
            chat.platform(),
            chat.chatId())
        .flatMap(last -> last);
  }

  private void finish(
      long subscriptionId,
      Instant scheduledFireTime,
      DeliveryStatus status,
      Instant now,
      String reason) {
    int updated =
        sql.update(
            "UPDATE delivery_log SET status = ?, finished_at = ?, failure_reason = ?" + KEY,
            status.name(),
            now,
            reason,
            subscriptionId,
            scheduledFireTime);
    requireClaimed(updated, subscriptionId, scheduledFireTime);
  }

  private static void requireClaimed(int updated, long subscriptionId, Instant fireTime) {
    if (updated == 0) {
      throw new IllegalStateException(
          "subscription " + subscriptionId + " at " + fireTime + " was never claimed");
    }
  }

  private static Delivery read(ResultSet row) throws SQLException {
    return new Delivery(
        row.getLong("subscription_id"),
        SqlRunner.instant(row, "scheduled_fire_time"),
        DeliveryStatus.valueOf(row.getString("status")),
        SqlRunner.instant(row, "claimed_at"),
        Optional.ofNullable(SqlRunner.instant(row, "finished_at")),
        Optional.ofNullable(row.getString("failure_reason")),
        row.getInt("attempts"));
  }
}
