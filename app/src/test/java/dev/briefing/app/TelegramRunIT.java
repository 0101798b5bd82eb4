package dev.briefing.app;

import static dev.briefing.telegram.FakeBotApi.privateUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.telegram.FakeBotApi;
import dev.briefing.testing.CapturedLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code TELEGRAM_BOT_TOKEN=… briefing run} against a fake Bot API on 127.0.0.1, end to end. */
class TelegramRunIT {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;
  private FakeBotApi api;
  private CliRunner cli;
  private final AtomicReference<CliRunner.Result> result = new AtomicReference<>();
  private Thread running;

  private CapturedLogs logs;

  @BeforeEach
  void start() throws IOException {
    logs = new CapturedLogs();
    api = new FakeBotApi();
    Files.writeString(dir.resolve("budget.txt"), "Council passes budget\n\nThe vote was 31 to 12.");
    cli = new CliRunner(dir);
    cli.env.put("TELEGRAM_BOT_TOKEN", "123456:ABC-def_ghi");
    cli.env.put("TELEGRAM_API_URL", api.url().toString());
    running = new Thread(() -> result.set(cli.run("run", "--article", "budget.txt")));
    running.start();
  }

  @AfterEach
  void stop() throws Exception {
    cli.shutdown();
    running.join(WAIT.toMillis());
    api.close();
    logs.close();
    // Everything the run logged, at every level, never shows the token or its secret part.
    assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains("ABC-def_ghi"));
  }

  @Test
  void answersSubscribesAndSendsTheDigestInATelegramChat() throws Exception {
    api.queueUpdates(
        privateUpdate(1, 42, "What was the vote?"),
        privateUpdate(2, 42, "/subscribe weekdays 07:30 Europe/Berlin"),
        privateUpdate(3, 42, "/digest"));

    await().atMost(WAIT).until(() -> api.sentTo("42").size() >= 3);
    assertThat(api.sentTo("42"))
        .extracting(m -> m.path("text").asText())
        .satisfiesExactly(
            answer -> assertThat(answer).contains("The vote was 31 to 12.", "Sources"),
            subscribed -> assertThat(subscribed).contains("Subscribed: #1 weekdays at 07:30"),
            digest -> assertThat(digest).contains("Council passes budget"));
    JsonNode menu = api.calls("setMyCommands").get(0).json().path("commands");
    assertThat(menu.findValuesAsText("command")).contains("ask", "subscribe", "digest");

    cli.shutdown();
    running.join(WAIT.toMillis());
    assertThat(running.isAlive()).isFalse();
    assertThat(result.get().exitCode()).isZero();
  }

  @Test
  void aSubscriptionMadeOnTelegramIsThereAfterARestart() throws Exception {
    api.queueUpdates(privateUpdate(1, 43, "/subscribe 18:00 America/New_York"));
    await().atMost(WAIT).until(() -> api.sentTo("43").size() == 1);
    cli.shutdown();
    running.join(WAIT.toMillis());

    assertThat(result.get().exitCode()).isZero();
    result.set(null);

    running = new Thread(() -> result.set(cli.run("run")));
    running.start();
    api.queueUpdates(privateUpdate(2, 43, "/subscriptions"));

    await().atMost(WAIT).until(() -> api.sentTo("43").size() == 2 || result.get() != null);
    assertThat(result.get()).as("the second run is still serving").isNull();
    assertThat(api.sentTo("43").get(1).path("text").asText())
        .contains("daily at 18:00 America/New_York");
  }

  @Test
  void anUpdateTelegramDeliversAgainAfterARestartIsAnsweredOnce() throws Exception {
    api.queueUpdates(privateUpdate(7, 44, "What was the vote?"));
    await().atMost(WAIT).until(() -> api.sentTo("44").size() == 1);
    cli.shutdown();
    running.join(WAIT.toMillis());
    result.set(null);

    running = new Thread(() -> result.set(cli.run("run", "--article", "budget.txt")));
    running.start();
    // Long polling confirms a batch only with the next getUpdates: after a stop it comes again.
    api.queueUpdates(privateUpdate(7, 44, "What was the vote?"), privateUpdate(8, 44, "/help"));

    await().atMost(WAIT).until(() -> api.sentTo("44").size() >= 2 || result.get() != null);
    assertThat(result.get()).as("the second run is still serving").isNull();
    assertThat(api.sentTo("44"))
        .extracting(m -> m.path("text").asText())
        .satisfiesExactly(
            answer -> assertThat(answer).contains("The vote was 31 to 12."),
            help -> assertThat(help).doesNotContain("The vote was 31 to 12."));
  }
}
