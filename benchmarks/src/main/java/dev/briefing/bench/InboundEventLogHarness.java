package dev.briefing.bench;

import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.JdbcInboundEventLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * What the inbound event log adds to every Telegram update and Slack event the app takes: one
 * {@code firstTime} insert on the embedded H2 file, opened as the app opens it ({@code
 * WRITE_DELAY=0}, the {@code retry:} file system). 2,000 warm-up calls, then 5,000 timed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.InboundEventLogHarness</pre>
 */
public final class InboundEventLogHarness {
  private static final int WARM_UP = 2_000;
  private static final int CALLS = 5_000;

  private InboundEventLogHarness() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("event-log");
    String url = "jdbc:h2:file:" + dir.resolve("briefing");
    try (Database database = Database.open(new DatabaseSettings(url, "sa", ""))) {
      JdbcInboundEventLog log = new JdbcInboundEventLog(database.dataSource());
      for (int i = 0; i < WARM_UP; i++) {
        log.firstTime("telegram", "warm-up:" + i, Instant.now());
      }
      long[] nanos = new long[CALLS];
      for (int i = 0; i < CALLS; i++) {
        long start = System.nanoTime();
        log.firstTime("telegram", "42:" + i, Instant.now());
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "firstTime on an H2 file, %,d calls: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
          CALLS, nanos[CALLS / 2] / 1e6, nanos[CALLS * 99 / 100] / 1e6, nanos[CALLS - 1] / 1e6);
    }
  }
}
