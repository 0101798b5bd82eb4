package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.ChatFilterRepository;
import java.util.List;
import javax.sql.DataSource;

/** Chat filters in the {@code chat_filter} table, one row per chat and filter. */
public final class JdbcChatFilterRepository implements ChatFilterRepository {
  private static final String OF_CHAT = " WHERE platform = ? AND chat_id = ?";

  private final SqlRunner sql;

  public JdbcChatFilterRepository(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean add(ChatAddress chat, String filter) {
    return sql.insertUnlessPresent(
        "INSERT INTO chat_filter (platform, chat_id, filter_key, words) VALUES (?, ?, ?, ?)",
        chat.platform(),
        chat.chatId(),
        ChatFilterRepository.key(filter),
        filter.strip());
  }

  @Override
  public boolean remove(ChatAddress chat, String filter) {
    return sql.update(
            "DELETE FROM chat_filter" + OF_CHAT + " AND filter_key = ?",
            chat.platform(),
            chat.chatId(),
            ChatFilterRepository.key(filter))
        > 0;
  }

  @Override
  public int clear(ChatAddress chat) {
    return sql.update("DELETE FROM chat_filter" + OF_CHAT, chat.platform(), chat.chatId());
  }

  @Override
  public List<String> filtersOf(ChatAddress chat) {
    return sql.query(
        "SELECT words FROM chat_filter" + OF_CHAT + " ORDER BY seq",
        row -> row.getString(1),
        chat.platform(),
        chat.chatId());
  }
}
