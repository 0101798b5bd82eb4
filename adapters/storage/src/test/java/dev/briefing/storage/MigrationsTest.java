package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsTest {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Test
  void theAppSchemaIsV1QuartzsTablesV2AndTheAppsLaterChangesFollow() {
    MigrationInfo[] applied = applied();

    assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()))
        .containsExactly("1", "2", "3", "4", "5", "6");
  }

  @Test
  void createsEveryQuartzTableFromQuartzsOwnScript() throws SQLException {
    assertThat(quartzTables(database))
        .containsExactly(
            "QRTZ_BLOB_TRIGGERS",
            "QRTZ_CALENDARS",
            "QRTZ_CRON_TRIGGERS",
            "QRTZ_FIRED_TRIGGERS",
            "QRTZ_JOB_DETAILS",
            "QRTZ_LOCKS",
            "QRTZ_PAUSED_TRIGGER_GRPS",
            "QRTZ_SCHEDULER_STATE",
            "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_SIMPROP_TRIGGERS",
            "QRTZ_TRIGGERS");
  }

  @Test
  void openingAnUpToDateDatabaseAgainChangesNothing() {
    database.openAnother();

    assertThat(applied()).hasSize(6);
  }

  private MigrationInfo[] applied() {
    return Flyway.configure()
        .dataSource(database.dataSource())
        .locations("classpath:db/migration")
        .load()
        .info()
        .applied();
  }

  /** The QRTZ_ tables of the database, upper case whatever case the database keeps. */
  static TreeSet<String> quartzTables(TestDatabase database) throws SQLException {
    TreeSet<String> tables = new TreeSet<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
        if (name.startsWith("QRTZ_")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }
}
