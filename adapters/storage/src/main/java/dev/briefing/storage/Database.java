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
   * H2 writes committed changes to its file in the background, up to half a second later by
   * default, so a killed process (kill -9, OOM killer) loses its last commits: a digest marked sent
   * would be sent again, a claim forgotten. {@code WRITE_DELAY=0} writes each commit before it
   * returns; the URL's own {@code WRITE_DELAY} wins.
   */
  static String durable(String url) {
    boolean h2 = url.startsWith("jdbc:h2:");
    return h2 && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")
        ? url + ";WRITE_DELAY=0"
        : url;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
