package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.ChatSettingsRepository;
import dev.briefing.core.store.IanaZone;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;

/** Chat settings in the {@code chat_settings} table, one row per platform and chat id. */
public final class JdbcChatSettingsRepository implements ChatSettingsRepository {
  private static final String OF_CHAT = " WHERE platform = ? AND chat_id = ?";

  private final SqlRunner sql;

  public JdbcChatSettingsRepository(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public Optional<ZoneId> findZone(ChatAddress chat) {
    return find(chat, "zone_id").map(ZoneId::of);
  }

  @Override
  public void setZone(ChatAddress chat, ZoneId zone) {
    upsert(chat, "zone_id", IanaZone.require(zone, "zone").getId());
  }

  @Override
  public Optional<String> findFocus(ChatAddress chat) {
    return find(chat, "focus_article_id");
  }

  @Override
  public void setFocus(ChatAddress chat, Optional<String> articleId) {
    upsert(chat, "focus_article_id", articleId.orElse(null));
  }

  /** The chat's value in {@code column} (a constant here, never user input), if it has one. */
  private Optional<String> find(ChatAddress chat, String column) {
    return sql.queryOne(
            "SELECT " + column + " FROM chat_settings" + OF_CHAT,
            row -> Optional.ofNullable(row.getString(column)),
            chat.platform(),
            chat.chatId())
        .flatMap(value -> value);
  }

  // column is one of this class's constants, never user input.
  private void upsert(ChatAddress chat, String column, String value) {
    try {
      sql.inTransaction(connection -> upsert(connection, chat, column, value));
    } catch (StorageException e) {
      if (!e.isUniqueViolation()) {
        throw e;
      }
      // Another node inserted the row between our update and insert: now the update finds it.
      sql.inTransaction(connection -> upsert(connection, chat, column, value));
    }
  }

  @Override
  public void moveChat(ChatAddress from, ChatAddress to) {
    sql.inTransaction(
        connection -> {
          Object[] source = {from.platform(), from.chatId()};
          boolean exists =
              !SqlRunner.query(connection, "SELECT 1 FROM chat_settings" + OF_CHAT, r -> 1, source)
                  .isEmpty();
          if (exists) {
            SqlRunner.update(
                connection, "DELETE FROM chat_settings" + OF_CHAT, to.platform(), to.chatId());
            SqlRunner.update(
                connection,
                "UPDATE chat_settings SET platform = ?, chat_id = ?" + OF_CHAT,
                to.platform(),
                to.chatId(),
                from.platform(),
                from.chatId());
          }
          return exists;
        });
  }

  private static boolean upsert(
      Connection connection, ChatAddress chat, String column, String value) throws SQLException {
    int updated =
        SqlRunner.update(
            connection,
            "UPDATE chat_settings SET " + column + " = ?" + OF_CHAT,
            value,
            chat.platform(),
            chat.chatId());
    if (updated == 0) {
      SqlRunner.update(
          connection,
          "INSERT INTO chat_settings (platform, chat_id, " + column + ") VALUES (?, ?, ?)",
          chat.platform(),
          chat.chatId(),
          value);
    }
    return true;
  }
}
