package dev.briefing.loadtest;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged bot as a child process ({@code java -jar briefing.jar run}), as an operator starts
 * it: Telegram against a fake Bot API, an H2 file, digests with a short claim lease. Killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux), as kill -9 does, and started again on the
 * same database. Every run appends to one log file.
 */
final class CrashBot implements AutoCloseable {
  private final Path jar;
  private final Path dir;
  private final URI api;
  private final String dbUrl;
  private final Duration lease;
  private Process process;
  private int starts;

  CrashBot(Path jar, Path dir, URI api, String dbUrl, Duration lease) {
    this.jar = jar;
    this.dir = dir;
    this.api = api;
    this.dbUrl = dbUrl;
    this.lease = lease;
  }

  void start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(java, "-XX:+UseSerialGC", "-Xmx384m", "-jar", jar.toString(), "run"));
    builder.directory(dir.toFile());
    var env = builder.environment();
    env.put("TELEGRAM_BOT_TOKEN", "123456:ABC-crash_secret");
    env.put("TELEGRAM_API_URL", api.toString());
    env.put("BRIEFING_DB_URL", dbUrl);
    env.put("BRIEFING_DIGESTS_CLAIM_LEASE_SECONDS", Long.toString(lease.toSeconds()));
    env.put("BRIEFING_DIGESTS_SEND_WHEN_EMPTY", "true");
    env.put("BRIEFING_RETRIEVAL_EMBEDDINGS", "false");
    env.put("BRIEFING_CONSOLE_ENABLED", "false");
    env.put("BRIEFING_LOG_LEVEL", "INFO");
    File log = dir.resolve("bot.log").toFile();
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    process = builder.start();
    starts++;
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no drain, no hand-back; waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the bot did not die within 30 s of SIGKILL");
    }
  }

  int starts() {
    return starts;
  }

  Path log() {
    return dir.resolve("bot.log");
  }

  /** SIGTERM, the graceful way, at the end. */
  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
