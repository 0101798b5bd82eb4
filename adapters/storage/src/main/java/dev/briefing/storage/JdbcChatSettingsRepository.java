package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.ChatSettingsRepository;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.IanaZone;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
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

  @Override
  public Optional<DigestLayout> findDigestLayout(ChatAddress chat) {
    return sql.queryOne(
            "SELECT digest_style, digest_size FROM chat_settings" + OF_CHAT,
            row -> {
              Optional<DigestLayout.Style> style =
                  Optional.ofNullable(row.getString("digest_style"))
                      .flatMap(DigestLayout.Style::of);
              int size = row.getInt("digest_size");
              return style.map(s -> new DigestLayout(s, size));
            },
            chat.platform(),
            chat.chatId())
        .flatMap(layout -> layout);
  }

  @Override
  public void setDigestLayout(ChatAddress chat, DigestLayout layout) {
    upsert(
        chat,
        new String[] {"digest_style", "digest_size"},
        new Object[] {layout.style().word(), layout.size()});
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

  private void upsert(ChatAddress chat, String column, String value) {
    upsert(chat, new String[] {column}, new Object[] {value});
  }

  // columns are this class's constants, never user input.
  private void upsert(ChatAddress chat, String[] columns, Object[] values) {
    try {
      sql.inTransaction(connection -> upsert(connection, chat, columns, values));
    } catch (StorageException e) {
      if (!e.isUniqueViolation()) {
        throw e;
      }
      // Another node inserted the row between our update and insert: now the update finds it.
      sql.inTransaction(connection -> upsert(connection, chat, columns, values));
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
      Connection connection, ChatAddress chat, String[] columns, Object[] values)
      throws SQLException {
    String set = String.join(" = ?, ", columns) + " = ?";
    int updated =
        SqlRunner.update(
            connection,
            "UPDATE chat_settings SET " + set + OF_CHAT,
            concat(values, chat.platform(), chat.chatId()));
    if (updated == 0) {
      String marks = ", ?".repeat(columns.length);
      SqlRunner.update(
          connection,
          "INSERT INTO chat_settings ("
              + String.join(", ", columns)
              + ", platform, chat_id)"
              + " VALUES (?, ?"
              + marks
              + ")",
          concat(values, chat.platform(), chat.chatId()));
    }
    return true;
  }

  private static Object[] concat(Object[] values, Object... more) {
    Object[] all = Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, all, values.length, more.length);
    return all;
  }
}
