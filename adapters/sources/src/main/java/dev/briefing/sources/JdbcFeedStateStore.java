package dev.briefing.sources;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Feed state in the {@code feed_state} table (created by the storage module's migrations), so a
 * restart or another instance neither re-reads a feed's old items nor forgets its back-off.
 */
public final class JdbcFeedStateStore implements FeedStateStore {
  private static final String COLUMNS =
      "feed_url, etag, last_modified, seen_keys, consecutive_failures, last_error, next_attempt";

  private final DataSource dataSource;

  public JdbcFeedStateStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<FeedState> load(URI feedUrl) {
    List<FeedState> found =
        query("SELECT " + COLUMNS + " FROM feed_state WHERE feed_url = ?", feedUrl.toString());
    return found.stream().findFirst();
  }

  @Override
  public void save(FeedState state) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        update(connection, "DELETE FROM feed_state WHERE feed_url = ?", state.feedUrl().toString());
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO feed_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          insert.setString(1, state.feedUrl().toString());
          insert.setString(2, state.validators().etag().orElse(null));
          insert.setString(3, state.validators().lastModified().orElse(null));
          insert.setString(
              4,
              String.join("\n", state.seenKeys().stream().map(k -> k.replace('\n', ' ')).toList()));
          insert.setInt(5, state.consecutiveFailures());
          insert.setString(6, state.lastError().map(e -> abbreviate(e, 2000)).orElse(null));
          insert.setTimestamp(7, Timestamp.from(state.nextAttempt()));
          insert.executeUpdate();
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot save the state of feed " + state.feedUrl(), e);
    }
  }

  @Override
  public List<FeedState> all() {
    return query("SELECT " + COLUMNS + " FROM feed_state");
  }

  @Override
  public void delete(URI feedUrl) {
    try (Connection connection = dataSource.getConnection()) {
      update(connection, "DELETE FROM feed_state WHERE feed_url = ?", feedUrl.toString());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot forget feed " + feedUrl, e);
    }
  }

  private List<FeedState> query(String sql, String... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      List<FeedState> states = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          states.add(read(row));
        }
      }
      return states;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read feed state", e);
    }
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
        row.getTimestamp("next_attempt").toInstant());
  }

  private static void update(Connection connection, String sql, String param) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, param);
      statement.executeUpdate();
    }
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
