package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocketModeIT {
  static final Duration WAIT = Duration.ofSeconds(20);

  private final List<String> questions = new CopyOnWriteArrayList<>();
  private FakeSlackApi api;
  private FakeSocketModeServer socket;
  private SlackBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    socket = new FakeSocketModeServer();
    api.socketModeUrl(socket.url());
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token", Optional.empty(), Optional.of("xapp-1-test"), 0, api.apiUrl());
    bot =
        new SlackBot(
            settings,
            router(),
            commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            InboundDedup.inMemory(),
            Clock.systemUTC());
    bot.start();
    await().atMost(WAIT).until(socket::connected);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    socket.shutdown();
    api.close();
  }

  @Test
  void opensTheConnectionWithTheAppTokenAndServesNoHttp() {
    assertThat(api.methods()).contains("auth.test", "apps.connections.open");
    assertThat(bot.httpPort()).isEmpty();
  }

  @Test
  void acknowledgesAMentionEnvelopeAndAnswersInTheThread() {
    socket.deliver("env-1", "events_api", Fixtures.json("app-mention"), 0);

    await().atMost(WAIT).until(() -> socket.acks().contains("env-1"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    assertThat(api.posts().get(0).form()).containsEntry("thread_ts", "1700000000.000100");
    assertThat(questions).containsExactly("what did the minister say about the harbour?");
  }

  @Test
  void answersAnEventRedeliveredWithRetryAttemptsOnce() {
    for (int attempt = 0; attempt <= 3; attempt++) {
      socket.deliver("env-" + attempt, "events_api", Fixtures.json("direct-message"), attempt);
    }

    await().atMost(WAIT).until(() -> socket.acks().size() == 4);
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    bot.close(); // finishes every answer in progress, so a duplicate would show now
    assertThat(questions).hasSize(1);
  }

  @Test
  void closesTheConnectionOnCloseAndTakesNoMoreEnvelopes() {
    bot.close();

    await().atMost(WAIT).until(() -> !socket.connected());
    // It stays closed: the client does not reconnect to take more envelopes.
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> !socket.connected());
    assertThat(questions).isEmpty();
    assertThat(api.methods()).doesNotContain("chat.postMessage");
  }

  @Test
  void answersTheSlashCommandThroughItsResponseUrl() {
    JsonObject command = new JsonObject();
    command.addProperty("token", "legacy");
    command.addProperty("team_id", "T0TEAM");
    command.addProperty("channel_id", "C0NEWS");
    command.addProperty("user_id", "U0ALICE");
    command.addProperty("command", "/briefing");
    command.addProperty("text", "summary 2");
    command.addProperty("api_app_id", "A0APP");
    command.addProperty("response_url", api.responseUrl("9"));
    command.addProperty("trigger_id", "1.2.3");

    socket.deliver("env-cmd", "slash_commands", command.toString(), 0);

    await().atMost(WAIT).until(() -> socket.acks().contains("env-cmd"));
    await().atMost(WAIT).until(() -> api.responses().size() == 1);
    assertThat(api.responses().get(0).json().get("text").getAsString())
        .isEqualTo("Summary of 2 sentences.");
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "summary",
            "Summarize the newest article",
            (message, args) -> List.of(Reply.text("Summary of " + args + " sentences."))));
  }

  private CommandRouter router() {
    return new CommandRouter(
        commands(),
        (message, text) -> {
          questions.add(text);
          return List.of(Reply.text("The harbour reopens in May."));
        });
  }
}
