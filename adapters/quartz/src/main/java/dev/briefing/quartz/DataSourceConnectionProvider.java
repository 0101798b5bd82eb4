package dev.briefing.quartz;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Lends Quartz the app's pool; the pool's owner closes it, not Quartz. */
final class DataSourceConnectionProvider implements ConnectionProvider {
  private final DataSource dataSource;

  DataSourceConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {}

  @Override
  public void initialize() {}
}
