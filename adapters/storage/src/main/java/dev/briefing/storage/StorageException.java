package dev.briefing.storage;

import java.sql.SQLException;

/** A database call failed; carries the SQL state so callers can tell a duplicate key apart. */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** SQL state of a unique or primary-key violation, the same on H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  StorageException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  /** The SQL state of the failure, such as {@code 23505}. */
  public String sqlState() {
    String state = ((SQLException) getCause()).getSQLState();
    return state == null ? "" : state;
  }

  boolean isUniqueViolation() {
    return UNIQUE_VIOLATION.equals(sqlState());
  }

  /** Any integrity constraint (class 23): duplicate key, missing parent, not null. */
  boolean isIntegrityViolation() {
    return sqlState().startsWith("23");
  }
}
