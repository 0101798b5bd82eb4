package dev.briefing.storage;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedFollow;
import dev.briefing.core.chat.FeedMode;
import dev.briefing.core.store.FeedFollowRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Feed follows in the {@code feed_follow} table, one row per chat and feed with its mode; the
 * feed's last stored item is kept on every row of the feed.
 */
public final class JdbcFeedFollowRepository implements FeedFollowRepository {
  private static final String OF_CHAT = " WHERE platform = ? AND chat_id = ?";
  private static final int MAX_TITLE = 500;

  private final SqlRunner sql;

  public JdbcFeedFollowRepository(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public boolean follow(ChatAddress chat, String feedUrl, FeedMode mode) {
    return sql.insertUnlessPresent(
        "INSERT INTO feed_follow (platform, chat_id, feed_url, mode) VALUES (?, ?, ?, ?)",
        chat.platform(),
        chat.chatId(),
        feedUrl,
        mode.word());
  }

  @Override
  public boolean changeMode(ChatAddress chat, String feedUrl, FeedMode mode) {
    return sql.update(
            "UPDATE feed_follow SET mode = ?" + OF_CHAT + " AND feed_url = ?",
            mode.word(),
            chat.platform(),
            chat.chatId(),
            feedUrl)
        > 0;
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
  public List<FeedFollow> followsOf(ChatAddress chat) {
    return sql.query(
        "SELECT feed_url, mode, last_item_title, last_item_at FROM feed_follow"
            + OF_CHAT
            + " ORDER BY seq",
        row -> {
          String title = row.getString("last_item_title");
          Optional<FeedFollow.LastItem> last =
              title == null
                  ? Optional.empty()
                  : Optional.of(
                      new FeedFollow.LastItem(title, SqlRunner.instant(row, "last_item_at")));
          return new FeedFollow(row.getString("feed_url"), mode(row.getString("mode")), last);
        },
        chat.platform(),
        chat.chatId());
  }

  @Override
  public List<String> allFeeds() {
    return sql.query(
        "SELECT feed_url FROM feed_follow GROUP BY feed_url ORDER BY MIN(seq)",
        row -> row.getString(1));
  }

  @Override
  public List<ChatAddress> instantChats(String feedUrl) {
    return sql.query(
        "SELECT platform, chat_id FROM feed_follow WHERE feed_url = ? AND mode = ? ORDER BY seq",
        row -> ChatAddress.of(row.getString(1), row.getString(2)),
        feedUrl,
        FeedMode.INSTANT.word());
  }

  @Override
  public void recordLastItem(String feedUrl, String title, Instant storedAt) {
    sql.update(
        "UPDATE feed_follow SET last_item_title = ?, last_item_at = ? WHERE feed_url = ?",
        title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…",
        storedAt,
        feedUrl);
  }

  private static FeedMode mode(String word) {
    return FeedMode.parse(word)
        .orElseThrow(() -> new IllegalStateException("unknown feed mode '" + word + "'"));
  }
}
