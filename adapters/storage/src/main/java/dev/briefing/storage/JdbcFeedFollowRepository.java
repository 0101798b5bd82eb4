package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.FeedFollowRepository;
import java.util.List;
import javax.sql.DataSource;

/** Feed follows in the {@code feed_follow} table, one row per chat and feed. */
public final class JdbcFeedFollowRepository implements FeedFollowRepository {
  private static final String OF_CHAT = " WHERE platform = ? AND chat_id = ?";

  private final SqlRunner sql;

  public JdbcFeedFollowRepository(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean follow(ChatAddress chat, String feedUrl) {
    try {
      sql.update(
          "INSERT INTO feed_follow (platform, chat_id, feed_url) VALUES (?, ?, ?)",
          chat.platform(),
          chat.chatId(),
          feedUrl);
      return true;
    } catch (StorageException e) {
      if (e.isUniqueViolation()) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public boolean unfollow(ChatAddress chat, String feedUrl) {
    return sql.update(
            "DELETE FROM feed_follow" + OF_CHAT + " AND feed_url = ?",
            chat.platform(),
            chat.chatId(),
            feedUrl)
        > 0;
  }

  @Override
  public List<String> feedsOf(ChatAddress chat) {
    return sql.query(
        "SELECT feed_url FROM feed_follow" + OF_CHAT + " ORDER BY seq",
        row -> row.getString(1),
        chat.platform(),
        chat.chatId());
  }

  @Override
  public List<String> allFeeds() {
    return sql.query(
        "SELECT feed_url FROM feed_follow GROUP BY feed_url ORDER BY MIN(seq)",
        row -> row.getString(1));
  }
}
