package dev.briefing.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.briefing.core.BriefingException;
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
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    return config;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
