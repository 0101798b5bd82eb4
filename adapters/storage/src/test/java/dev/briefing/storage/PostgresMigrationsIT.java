package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMigrationsIT {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Test
  void createsQuartzsTablesFromItsPostgresScript() throws SQLException {
    assertThat(MigrationsTest.quartzTables(database))
        .hasSize(11)
        .contains("QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_LOCKS", "QRTZ_SCHEDULER_STATE");
  }
}
