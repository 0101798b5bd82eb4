package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.SignedRequests;
import dev.briefing.testing.CapturedLogs;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=… briefing run} in HTTP mode: real signed requests
 * into the app's endpoint, a fake Slack Web API on 127.0.0.1.
 */
class SlackRunIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  @TempDir Path dir;
  private FakeSlackApi api;
  private CliRunner cli;
  private SignedRequests slack;
  private final AtomicReference<CliRunner.Result> result = new AtomicReference<>();
  private Thread running;

  private CapturedLogs logs;

  @BeforeEach
  void start() throws IOException {
    logs = new CapturedLogs();
    api = new FakeSlackApi();
    Files.writeString(dir.resolve("budget.txt"), "Council passes budget\n\nThe vote was 31 to 12.");
    int port = freePort();
    cli = new CliRunner(dir);
    cli.env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    cli.env.put("SLACK_SIGNING_SECRET", SECRET);
    cli.env.put("SLACK_HTTP_PORT", String.valueOf(port));
    cli.env.put("SLACK_API_URL", api.apiUrl().toString());
    running = new Thread(() -> result.set(cli.run("run", "--article", "budget.txt")));
    running.start();
    slack = new SignedRequests(port, SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    cli.shutdown();
    running.join(WAIT.toMillis());
    api.close();
    logs.close();
    // Everything the run logged, at every level, never shows the token or the signing secret.
    assertThat(logs.lines())
        .isNotEmpty()
        .noneMatch(line -> line.contains("xoxb-test-token") || line.contains(SECRET));
  }

  @Test
  void answersADirectMessageOnceHoweverOftenSlackRetriesIt() {
    String event = directMessage("Ev0RUN1", "What was the vote?");
    await().atMost(WAIT).until(() -> result.get() != null || accepts(event));
    assertThat(result.get()).as("the bot is still running").isNull();
    slack.post(
        SignedRequests.JSON,
        event,
        "X-Slack-Retry-Num",
        "1",
        "X-Slack-Retry-Reason",
        "http_timeout");

    await().atMost(WAIT).until(() -> !api.postsTo("D0ALICE").isEmpty());
    assertThat(api.postsTo("D0ALICE").get(0).form().get("text")).contains("The vote was 31 to 12.");
    slack.post(SignedRequests.JSON, directMessage("Ev0RUN2", "/subscriptions"));
    await().atMost(WAIT).until(() -> api.postsTo("D0ALICE").size() == 2);
    assertThat(api.postsTo("D0ALICE").get(1).form().get("text")).contains("no digests");
  }

  private static String directMessage(String eventId, String text) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\","
        + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U0ALICE\","
        + "\"text\":\""
        + text
        + "\",\"ts\":\"1700000100.000300\",\"channel\":\"D0ALICE\","
        + "\"event_ts\":\"1700000100.000300\",\"team\":\"T0TEAM\"},"
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
  }

  private boolean accepts(String event) {
    try {
      return slack.post(SignedRequests.JSON, event).statusCode() == 200;
    } catch (RuntimeException e) {
      return false; // not listening yet
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
