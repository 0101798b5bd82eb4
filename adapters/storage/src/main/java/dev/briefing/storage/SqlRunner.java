package dev.briefing.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The little JDBC the repositories need: bound statements, row mapping, transactions. Instants are
 * bound as UTC timestamps kept to the microsecond (both databases' precision), and a null parameter
 * as a null VARCHAR (the only nullable inputs are text).
 */
final class SqlRunner {
  /** Reads one row. */
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  /** Work done on one connection inside a transaction. */
  interface Transaction<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  SqlRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs one statement in its own transaction and returns the rows it changed. */
  int update(String sql, Object... params) {
    return inTransaction(connection -> update(connection, sql, params));
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return inTransaction(connection -> query(connection, sql, mapper, params));
  }

  <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    return query(sql, mapper, params).stream().findFirst();
  }

  /**
   * Inserts one row unless its key is taken: true when this call inserted it, false when a row with
   * the same unique key was there (on any node). One INSERT, so a race has exactly one winner.
   */
  boolean insertUnlessPresent(String sql, Object... params) {
    try {
      update(sql, params);
      return true;
    } catch (StorageException e) {
      if (e.isUniqueViolation()) {
        return false;
      }
      throw e;
    }
  }

  /** Inserts one row and returns the {@code id} the database generated for it. */
  long insertReturningId(String sql, Object... params) {
    return inTransaction(
        connection -> {
          try (PreparedStatement statement =
              connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   */
  <T> T inTransaction(Transaction<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException("database call failed", e);
    }
  }

  static int update(Connection connection, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      return statement.executeUpdate();
    }
  }

  static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  static void bind(PreparedStatement statement, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object param = params[i];
      if (param == null) {
        statement.setNull(i + 1, Types.VARCHAR);
      } else if (param instanceof Instant instant) {
        statement.setObject(i + 1, timestamp(instant));
      } else {
        statement.setObject(i + 1, param);
      }
    }
  }

  /** The instant in column {@code column}, or null. */
  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
