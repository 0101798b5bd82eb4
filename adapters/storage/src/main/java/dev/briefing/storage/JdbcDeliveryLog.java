package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.DeliveryStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The delivery log in the {@code delivery_log} table. A claim is one INSERT in its own transaction:
 * the primary key (subscription, fire time) lets exactly one node, or thread, win.
 */
public final class JdbcDeliveryLog implements DeliveryLog {
  private static final String KEY = " WHERE subscription_id = ? AND scheduled_fire_time = ?";

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
    int updated =
        sql.update(
            "UPDATE delivery_log SET status = ?, finished_at = ?" + KEY,
            DeliveryStatus.SENT.name(),
            now,
            subscriptionId,
            scheduledFireTime);
    requireClaimed(updated, subscriptionId, scheduledFireTime);
  }

  @Override
  public void markFailed(
      long subscriptionId, Instant scheduledFireTime, Instant now, String reason) {
    int updated =
        sql.update(
            "UPDATE delivery_log SET status = ?, finished_at = ?, failure_reason = ?" + KEY,
            DeliveryStatus.FAILED.name(),
            now,
            reason,
            subscriptionId,
            scheduledFireTime);
    requireClaimed(updated, subscriptionId, scheduledFireTime);
  }

  @Override
  public Optional<Delivery> find(long subscriptionId, Instant scheduledFireTime) {
    return sql.queryOne(
        "SELECT subscription_id, scheduled_fire_time, status, claimed_at, finished_at,"
            + " failure_reason FROM delivery_log"
            + KEY,
        JdbcDeliveryLog::read,
        subscriptionId,
        scheduledFireTime);
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
        Optional.ofNullable(row.getString("failure_reason")));
  }
}
