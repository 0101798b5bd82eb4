package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file database writes each commit before it returns, so a killed bot forgets none. */
class DatabaseDurabilityTest {
  @Test
  void anH2FileDatabaseWritesEveryCommitAtOnce(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("briefing");
    try (Database database = Database.open(new DatabaseSettings(url, "sa", ""))) {
      assertThat(writeDelay(database)).isEqualTo("0");
    }
  }

  @Test
  void aWriteDelayTheUrlNamesIsKept() {
    assertThat(Database.durable("jdbc:h2:file:./data/briefing;write_delay=200"))
        .isEqualTo("jdbc:h2:file:retry:./data/briefing;write_delay=200");
    assertThat(Database.durable("jdbc:h2:file:./data/briefing"))
        .isEqualTo("jdbc:h2:file:retry:./data/briefing;WRITE_DELAY=0");
    assertThat(Database.durable("jdbc:postgresql://db/briefing"))
        .isEqualTo("jdbc:postgresql://db/briefing");
  }

  private static String writeDelay(Database database) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(row.next()).isTrue();
      return row.getString(1);
    }
  }
}
