package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Subscriptions in the {@code subscription} table; removal leaves a tombstone (removed_at). */
public final class JdbcSubscriptionRepository implements SubscriptionRepository {
  private static final String SELECT =
      "SELECT id, platform, chat_id, thread_id, time_of_day, days, zone_id, paused, paused_by,"
          + " created_at"
          + " FROM subscription WHERE removed_at IS NULL";
  private static final String OF_CHAT = " AND platform = ? AND chat_id = ?";

  private static final String BY_CHAT = "chat";
  private static final String UNREACHABLE = "unreachable";

  private final SqlRunner sql;
  private final Clock clock;

  public JdbcSubscriptionRepository(DataSource dataSource, Clock clock) {
    this.sql = new SqlRunner(dataSource);
    this.clock = clock;
  }

  @Override
  public Subscription add(NewSubscription request) {
    Instant now = clock.instant();
    ChatAddress chat = request.chat();
    long id =
        sql.insertReturningId(
            "INSERT INTO subscription (platform, chat_id, thread_id, time_of_day, days, zone_id,"
                + " paused, created_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)",
            chat.platform(),
            chat.chatId(),
            chat.threadId().orElse(null),
            request.time(),
            DaysColumn.format(request.days()),
            request.zone().getId(),
            now);
    return Subscription.saved(id, request, now);
  }

  @Override
  public Optional<Subscription> findById(long id) {
    return sql.queryOne(SELECT + " AND id = ?", JdbcSubscriptionRepository::read, id);
  }

  @Override
  public List<Subscription> findByChat(ChatAddress chat) {
    return sql.query(
        SELECT + OF_CHAT + " ORDER BY id",
        JdbcSubscriptionRepository::read,
        chat.platform(),
        chat.chatId());
  }

  @Override
  public List<Subscription> findAllActive() {
    return sql.query(SELECT + " AND paused = FALSE ORDER BY id", JdbcSubscriptionRepository::read);
  }

  @Override
  public boolean remove(long id) {
    return sql.update(
            "UPDATE subscription SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            clock.instant(),
            id)
        > 0;
  }

  @Override
  public int removeAllForChat(ChatAddress chat) {
    return sql.update(
        "UPDATE subscription SET removed_at = ? WHERE removed_at IS NULL" + OF_CHAT,
        clock.instant(),
        chat.platform(),
        chat.chatId());
  }

  @Override
  public int pauseChat(ChatAddress chat) {
    return sql.update(
        "UPDATE subscription SET paused = TRUE, paused_by = ?"
            + " WHERE removed_at IS NULL AND paused = FALSE"
            + OF_CHAT,
        UNREACHABLE,
        chat.platform(),
        chat.chatId());
  }

  @Override
  public int resumeChat(ChatAddress chat) {
    return sql.update(
        "UPDATE subscription SET paused = FALSE, paused_by = NULL"
            + " WHERE removed_at IS NULL AND paused = TRUE AND COALESCE(paused_by, ?) = ?"
            + OF_CHAT,
        UNREACHABLE,
        UNREACHABLE,
        chat.platform(),
        chat.chatId());
  }

  @Override
  public boolean setPause(long id, ChatAddress chat, Subscription.Pause pause) {
    boolean paused = pause != Subscription.Pause.ACTIVE;
    String by = column(pause);
    return sql.update(
            "UPDATE subscription SET paused = ?, paused_by = ?"
                + " WHERE id = ? AND removed_at IS NULL"
                + " AND NOT (paused = ? AND COALESCE(paused_by, '') = ?)"
                + OF_CHAT,
            paused,
            by,
            id,
            paused,
            by == null ? "" : by,
            chat.platform(),
            chat.chatId())
        == 1;
  }

  private static String column(Subscription.Pause pause) {
    return switch (pause) {
      case ACTIVE -> null;
      case BY_CHAT -> BY_CHAT;
      case UNREACHABLE -> UNREACHABLE;
    };
  }

  private static Subscription.Pause pause(ResultSet row) throws SQLException {
    if (!row.getBoolean("paused")) {
      return Subscription.Pause.ACTIVE;
    }
    return BY_CHAT.equals(row.getString("paused_by"))
        ? Subscription.Pause.BY_CHAT
        : Subscription.Pause.UNREACHABLE;
  }

  @Override
  public int moveChat(ChatAddress from, ChatAddress to) {
    // Removed rows move too, so the chat's delivery history follows it; only live ones count.
    String move =
        "UPDATE subscription SET platform = ?, chat_id = ? WHERE platform = ? AND chat_id = ?";
    return sql.inTransaction(
        connection -> {
          int live =
              SqlRunner.query(
                      connection,
                      "SELECT COUNT(*) FROM subscription WHERE removed_at IS NULL" + OF_CHAT,
                      row -> row.getInt(1),
                      from.platform(),
                      from.chatId())
                  .get(0);
          SqlRunner.update(
              connection, move, to.platform(), to.chatId(), from.platform(), from.chatId());
          return live;
        });
  }

  private static Subscription read(ResultSet row) throws SQLException {
    ChatAddress chat =
        new ChatAddress(
            row.getString("platform"),
            row.getString("chat_id"),
            Optional.ofNullable(row.getString("thread_id")));
    return new Subscription(
        row.getLong("id"),
        chat,
        row.getObject("time_of_day", LocalTime.class),
        DaysColumn.parse(row.getString("days")),
        ZoneId.of(row.getString("zone_id")),
        pause(row),
        SqlRunner.instant(row, "created_at"));
  }
}
