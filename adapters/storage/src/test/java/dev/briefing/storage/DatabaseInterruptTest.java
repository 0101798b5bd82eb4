package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interrupting a thread while it writes to the H2 file does not close the database. */
class DatabaseInterruptTest {
  @Test
  void aWriterInterruptedAgainAndAgainLeavesTheDatabaseOpenForEveryoneElse(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("briefing");
    try (Database database = Database.open(new DatabaseSettings(url, "sa", ""))) {
      execute(database, "CREATE TABLE interrupted_writes (i INT)");
      CountDownLatch writing = new CountDownLatch(1);
      AtomicInteger written = new AtomicInteger();
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  try {
                    execute(database, "INSERT INTO interrupted_writes VALUES (" + i + ")");
                    written.incrementAndGet();
                  } catch (SQLException e) {
                    // An interrupted statement may fail; the database must not.
                  }
                  writing.countDown();
                }
              });
      writer.start();
      assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
      while (writer.isAlive()) {
        writer.interrupt();
        writer.join(5);
      }

      execute(database, "INSERT INTO interrupted_writes VALUES (-1)");
      assertThat(count(database)).isGreaterThanOrEqualTo(written.get() + 1);
    }
  }

  @Test
  void onlyAnH2FileUrlWithoutAFileSystemOfItsOwnGetsRetries() {
    assertThat(Database.durable("jdbc:h2:file:/data/briefing"))
        .isEqualTo("jdbc:h2:file:retry:/data/briefing;WRITE_DELAY=0");
    assertThat(Database.durable("jdbc:h2:file:nio:/data/briefing"))
        .isEqualTo("jdbc:h2:file:nio:/data/briefing;WRITE_DELAY=0");
    assertThat(Database.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test;WRITE_DELAY=0");
    assertThat(Database.durable("jdbc:postgresql://db/briefing"))
        .isEqualTo("jdbc:postgresql://db/briefing");
  }

  private static void execute(Database database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int count(Database database) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM interrupted_writes")) {
      row.next();
      return row.getInt(1);
    }
  }
}
