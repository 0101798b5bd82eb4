package dev.briefing.storage;

import dev.briefing.core.store.CacheValidators;
import dev.briefing.core.store.FeedState;
import dev.briefing.core.store.FeedStateStore;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Feed state in the {@code feed_state} table, one row per feed; the seen keys one a line, oldest
 * first. A save replaces the row in one transaction, so a reader never sees a feed missing.
 */
public final class JdbcFeedStateStore implements FeedStateStore {
  private static final String COLUMNS =
      "feed_url, etag, last_modified, seen_keys, consecutive_failures, last_error, next_attempt";
  private static final String OF_FEED = " WHERE feed_url = ?";
  private static final int MAX_ERROR = 2000;

  private final SqlRunner sql;

  public JdbcFeedStateStore(DataSource dataSource) {
    this.sql = new SqlRunner(dataSource);
  }

  @Override
  public Optional<FeedState> load(URI feedUrl) {
    return sql.queryOne(
        "SELECT " + COLUMNS + " FROM feed_state" + OF_FEED,
        JdbcFeedStateStore::read,
        feedUrl.toString());
  }

  @Override
  public void save(FeedState state) {
    String url = state.feedUrl().toString();
    sql.inTransaction(
        connection -> {
          SqlRunner.update(connection, "DELETE FROM feed_state" + OF_FEED, url);
          return SqlRunner.update(
              connection,
              "INSERT INTO feed_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
              url,
              state.validators().etag().orElse(null),
              state.validators().lastModified().orElse(null),
              String.join("\n", state.seenKeys().stream().map(k -> k.replace('\n', ' ')).toList()),
              state.consecutiveFailures(),
              state.lastError().map(JdbcFeedStateStore::abbreviate).orElse(null),
              state.nextAttempt());
        });
  }

  @Override
  public List<FeedState> all() {
    return sql.query("SELECT " + COLUMNS + " FROM feed_state", JdbcFeedStateStore::read);
  }

  @Override
  public void delete(URI feedUrl) {
    sql.update("DELETE FROM feed_state" + OF_FEED, feedUrl.toString());
  }

  private static FeedState read(ResultSet row) throws SQLException {
    String keys = row.getString("seen_keys");
    return new FeedState(
        URI.create(row.getString("feed_url")),
        new CacheValidators(
            Optional.ofNullable(row.getString("etag")),
            Optional.ofNullable(row.getString("last_modified"))),
        keys.isEmpty() ? List.of() : Arrays.asList(keys.split("\n")),
        row.getInt("consecutive_failures"),
        Optional.ofNullable(row.getString("last_error")),
        SqlRunner.instant(row, "next_attempt"));
  }

  /** The column holds 2000 characters; a longer error keeps its start. */
  private static String abbreviate(String text) {
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }
}
