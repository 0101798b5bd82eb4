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
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
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

    assertThat(applied()).hasSize(14);
  }

  @Test
  void v7TurnsTheSkippedFailuresIntoSkippedDigestsAndCountsOneAttemptEach() throws SQLException {
    String url = "jdbc:h2:mem:v7-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway before =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration")
            .target("6")
            .load();
    before.migrate();
    try (Connection connection = before.getConfiguration().getDataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO subscription (id, platform, chat_id, time_of_day, days, zone_id, paused,"
              + " created_at) VALUES (1, 'telegram', '42', TIME '08:00:00', 'MON', 'UTC', FALSE,"
              + " TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')");
      statement.executeUpdate(
          "INSERT INTO delivery_log (subscription_id, scheduled_fire_time, status, claimed_at,"
              + " failure_reason) VALUES"
              + " (1, TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', 'FAILED',"
              + " TIMESTAMP WITH TIME ZONE '2026-03-02 08:00:00+00', 'skipped: nothing new'),"
              + " (1, TIMESTAMP WITH TIME ZONE '2026-03-03 08:00:00+00', 'FAILED',"
              + " TIMESTAMP WITH TIME ZONE '2026-03-03 08:00:00+00', 'failed: 403 blocked')");
    }

    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();

    var log = new JdbcDeliveryLog(before.getConfiguration().getDataSource());
    var skipped = log.find(1, java.time.Instant.parse("2026-03-02T08:00:00Z")).orElseThrow();
    var failed = log.find(1, java.time.Instant.parse("2026-03-03T08:00:00Z")).orElseThrow();
    assertThat(skipped.status()).isEqualTo(dev.briefing.core.store.DeliveryStatus.SKIPPED);
    assertThat(skipped.failureReason()).contains("nothing new");
    assertThat(skipped.attempts()).isEqualTo(1);
    assertThat(failed.status()).isEqualTo(dev.briefing.core.store.DeliveryStatus.FAILED);
    assertThat(failed.failureReason()).contains("failed: 403 blocked");
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
