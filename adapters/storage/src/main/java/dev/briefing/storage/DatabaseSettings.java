package dev.briefing.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the database is: a JDBC URL and credentials. H2 (embedded, the default) and PostgreSQL are
 * the databases whose drivers ship with the bot.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user the database user
 * @param password the password, empty for none
 */
public record DatabaseSettings(String url, String user, String password) {
  /** An H2 file under {@code ./data/}, created on first use: nothing to install. */
  public static final String DEFAULT_URL = "jdbc:h2:file:./data/briefing";

  static final String URL_VARIABLE = "BRIEFING_DB_URL";
  static final String USER_VARIABLE = "BRIEFING_DB_USER";
  static final String PASSWORD_VARIABLE = "BRIEFING_DB_PASSWORD";
  private static final String H2_DEFAULT_USER = "sa";

  public DatabaseSettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (user == null) {
      throw new IllegalArgumentException("user must not be null");
    }
    password = password == null ? "" : password;
  }

  /** The embedded default: an H2 file database under {@code ./data/}. */
  public static DatabaseSettings embeddedDefault() {
    return new DatabaseSettings(DEFAULT_URL, H2_DEFAULT_USER, "");
  }

  /**
   * Reads {@code BRIEFING_DB_URL}, {@code BRIEFING_DB_USER} and {@code BRIEFING_DB_PASSWORD}; unset
   * or blank means the default. H2 defaults to user {@code sa}; PostgreSQL needs a user.
   *
   * @throws DatabaseSettingsException listing every problem at once
   */
  public static DatabaseSettings fromEnvironment(Map<String, String> env) {
    String url = value(env, URL_VARIABLE, DEFAULT_URL);
    String user = value(env, USER_VARIABLE, "");
    String password = value(env, PASSWORD_VARIABLE, "");
    List<String> problems = new ArrayList<>();
    boolean h2 = url.startsWith("jdbc:h2:");
    boolean postgres = url.startsWith("jdbc:postgresql:");
    if (!h2 && !postgres) {
      problems.add(
          URL_VARIABLE
              + " must be a jdbc:h2: or jdbc:postgresql: URL, was one starting '"
              + scheme(url)
              + "'");
    }
    if (postgres && user.isEmpty()) {
      problems.add(USER_VARIABLE + " must be set for PostgreSQL");
    }
    if (user.isEmpty() && !password.isEmpty() && !postgres) {
      problems.add(PASSWORD_VARIABLE + " is set but " + USER_VARIABLE + " is not");
    }
    if (!problems.isEmpty()) {
      throw new DatabaseSettingsException(problems);
    }
    return new DatabaseSettings(url, user.isEmpty() && h2 ? H2_DEFAULT_USER : user, password);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***]";
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  // Never echo the whole URL: it may carry a password.
  private static String scheme(String url) {
    String[] parts = url.split(":", 3);
    boolean jdbc = parts[0].equals("jdbc") && parts.length > 1;
    return jdbc ? "jdbc:" + parts[1] + ":" : parts[0] + ":";
  }
}
