package dev.briefing.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.briefing.core.BriefingException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The bot's database: a HikariCP pool whose schema Flyway has brought up to date. Open one per
 * process, hand its {@link #dataSource()} to the {@code Jdbc*} repositories, close it at shutdown.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Connects and migrates the schema (a no-op when it is current).
   *
   * @throws BriefingException naming the URL when the database cannot be reached or migrated
   */
  public static Database open(DatabaseSettings settings) {
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config(settings));
    } catch (RuntimeException e) {
      throw new BriefingException(
          "cannot open the database at " + settings.url() + ": " + rootMessage(e), e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      return new Database(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw new BriefingException(
          "cannot migrate the database at " + settings.url() + ": " + rootMessage(e), e);
    }
  }

  /** The pooled connections, for the {@code Jdbc*} repositories. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static HikariConfig config(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("briefing");
    config.setJdbcUrl(durable(settings.url()));
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    return config;
  }

  /**
   * Makes an H2 file database safe to run a bot on:
   *
   * <ul>
   *   <li>H2 writes committed changes to its file in the background, up to half a second later by
   *       default, so a killed process (kill -9, OOM killer) loses its last commits: a digest
   *       marked sent would be sent again, a claim forgotten. {@code WRITE_DELAY=0} writes each
   *       commit before it returns; the URL's own {@code WRITE_DELAY} wins.
   *   <li>A thread interrupted while H2 reads or writes its file (a platform adapter or the
   *       scheduler stopping its threads) closes the file channel, and with it the database for
   *       every thread. H2's {@code retry:} file system reopens the file and repeats the operation;
   *       the file is the same. A URL naming its own file system ({@code nio:}, {@code split:}...)
   *       is kept.
   * </ul>
   */
  static String durable(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return url;
    }
    String safe = retryOnInterrupt(url);
    return safe.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? safe : safe + ";WRITE_DELAY=0";
  }

  private static final String H2_FILE = "jdbc:h2:file:";

  private static String retryOnInterrupt(String url) {
    if (!url.startsWith(H2_FILE)) {
      return url;
    }
    String path = url.substring(H2_FILE.length());
    boolean namesFileSystem = path.matches("(?s)[A-Za-z]{2,}:.*");
    return namesFileSystem ? url : H2_FILE + "retry:" + path;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
