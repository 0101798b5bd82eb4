package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.InstantPostLog;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Instant post claims in the {@code instant_post} table: the primary key (platform, chat, article)
 * lets one INSERT win on any node. Rows are kept: an article id names one item for good, and a
 * chat's claims are a few per new item.
 */
public final class JdbcInstantPostLog implements InstantPostLog {
  private final SqlRunner sql;

  public JdbcInstantPostLog(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean claim(ChatAddress chat, String articleId, Instant now) {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    return sql.insertUnlessPresent(
        "INSERT INTO instant_post (platform, chat_id, article_id, claimed_at) VALUES (?, ?, ?, ?)",
        chat.platform(),
        chat.chatId(),
        articleId,
        now);
  }

  @Override
  public List<String> claimedSince(ChatAddress chat, Instant since) {
    return sql.query(
        "SELECT article_id FROM instant_post WHERE platform = ? AND chat_id = ? AND claimed_at >= ?"
            + " ORDER BY claimed_at, article_id",
        row -> row.getString(1),
        chat.platform(),
        chat.chatId(),
        since);
  }
}
