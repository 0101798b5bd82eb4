package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import dev.briefing.testing.CapturedLogs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** Log lines about a message carry its ids; no line ever shows a token or the signing secret. */
class SlackLoggingIT {
  static final Duration WAIT = SlackBotHarness.WAIT;

  @Test
  void linesAboutAMessageCarryThePlatformChatAndUpdateIds() throws Exception {
    try (CapturedLogs logs = new CapturedLogs();
        SlackBotHarness harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT)) {
      harness.api.failPosts(FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));
      harness.slack.post(SignedRequests.JSON, harness.directMessage("who was quoted?"));
      harness.slack.post(SignedRequests.JSON, harness.directMessage("boom"));
      harness.api.failResponses(new MockResponse().setResponseCode(500));
      harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "5.6.7"));
      harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "5.6.7"));
      harness.bot.close();

      assertThat(mdc(logs, "Slack channel {} cannot be posted to"))
          .isEqualTo(ids("D0ALICE", "Ev0DM1"));
      assertThat(mdc(logs, "Paused {} digest subscriptions")).isEqualTo(ids("D0ALICE", "Ev0DM1"));
      assertThat(mdc(logs, "Failed to handle a message in chat")) // bot-core's line
          .isEqualTo(ids("D0ALICE", "Ev0DM2"));
      assertThat(mdc(logs, "Slack refused a slash command response"))
          .isEqualTo(ids("C0NEWS", "5.6.7"));
      assertThat(mdc(logs, "Skipped Slack update")).isEqualTo(ids("C0NEWS", "5.6.7"));
      assertThat(mdc(logs, "Slack bot stopped")).isEmpty(); // nothing leaks onto other threads
    }
  }

  @Test
  void noLineAtAnyLevelShowsTheBotTokenOrTheSigningSecret() throws Exception {
    List<String> lines;
    try (CapturedLogs logs = new CapturedLogs()) {
      try (SlackBotHarness harness = new SlackBotHarness(Duration.ofMillis(500))) {
        String body = harness.directMessage("who was quoted?");
        String now = String.valueOf(Instant.now().getEpochSecond());
        harness.slack.send(SignedRequests.JSON, body, now, "v0=forged");
        harness.api.failPosts(
            new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"),
            new MockResponse().setResponseCode(500),
            FakeSlackApi.json("{\"ok\":false,\"error\":\"invalid_auth\"}"));
        harness.slack.post(SignedRequests.JSON, body);
        harness.slack.post(SignedRequests.JSON, harness.directMessage("boom"));
        harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 1", "1.2.3"));
        harness.slack.post(SignedRequests.JSON, Fixtures.json("app-home-opened"));
        await().atMost(WAIT).until(() -> harness.api.posts().size() >= 3);
      }
      lines = logs.lines();
    }

    assertThat(lines)
        .isNotEmpty()
        .noneMatch(
            l -> l.contains(SlackBotHarness.BOT_TOKEN) || l.contains(SlackBotHarness.SECRET));
  }

  @Test
  void noLineAtAnyLevelShowsTheAppTokenInSocketMode() throws Exception {
    String appToken = "xapp-1-A0APP-secret-app-token";
    List<String> lines;
    try (CapturedLogs logs = new CapturedLogs();
        FakeSlackApi api = new FakeSlackApi()) {
      FakeSocketModeServer socket = new FakeSocketModeServer();
      api.socketModeUrl(socket.url());
      SlackSettings settings =
          new SlackSettings(
              FakeSlackApi.BOT_TOKEN, Optional.empty(), Optional.of(appToken), 0, api.apiUrl());
      CommandRouter router =
          new CommandRouter(List.of(), (m, t) -> List.of(Reply.text(SlackBotHarness.ANSWER)));
      try (SlackBot bot =
          new SlackBot(
              settings,
              router,
              List.of(),
              new InMemorySubscriptionRepository(Clock.systemUTC()),
              InboundDedup.inMemory(),
              Clock.systemUTC())) {
        bot.start();
        await().atMost(WAIT).until(socket::connected);
        socket.deliver("env-1", "events_api", Fixtures.json("direct-message"), 0);
        await().atMost(WAIT).until(() -> api.posts().size() == 1);
      } finally {
        socket.shutdown();
      }
      lines = logs.lines();
    }

    assertThat(lines)
        .isNotEmpty()
        .noneMatch(l -> l.contains(appToken) || l.contains(FakeSlackApi.BOT_TOKEN));
  }

  private static Map<String, String> ids(String chat, String update) {
    return Map.of("platform", "slack", "chat_id", chat, "update_id", update);
  }

  private static Map<String, String> mdc(CapturedLogs logs, String messageStart) {
    List<ILoggingEvent> events = logs.startingWith(messageStart);
    assertThat(events).as("lines starting with " + messageStart).isNotEmpty();
    return events.get(0).getMDCPropertyMap();
  }
}
