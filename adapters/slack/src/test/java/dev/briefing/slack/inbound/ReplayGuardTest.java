package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.testing.SignedRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplayGuard} in Bolt behind request verification: signed slash commands and interactive
 * payloads replayed byte for byte reach their handler once; forged ones never touch the
 * de-duplicator, so they cannot use up a genuine trigger id.
 */
class ReplayGuardTest {
  static final String SECRET = RequestVerificationTest.SECRET;

  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final InboundDedup memory = InboundDedup.inMemory();
  private final App app = app();

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void answersAReplayedSlashCommandOnce() throws Exception {
    String body = command("4.5.6");
    String now = now();
    String signature = SignedRequests.signature(SECRET, now, body);

    for (int i = 0; i < 3; i++) {
      assertThat(run(SignedRequests.FORM, body, now, signature).getStatusCode()).isEqualTo(200);
    }
    run(
        SignedRequests.FORM,
        command("4.5.7"),
        now,
        SignedRequests.signature(SECRET, now, command("4.5.7")));

    assertThat(handled).containsExactly("command 4.5.6", "command 4.5.7");
    assertThat(seen)
        .containsExactly("command:4.5.6", "command:4.5.6", "command:4.5.6", "command:4.5.7");
  }

  @Test
  void answersAReplayedBlockActionOnce() throws Exception {
    String body = blockAction("8.8.8");
    String now = now();
    String signature = SignedRequests.signature(SECRET, now, body);

    for (int i = 0; i < 3; i++) {
      assertThat(run(SignedRequests.FORM, body, now, signature).getStatusCode()).isEqualTo(200);
    }

    assertThat(handled).containsExactly("action 8.8.8");
    assertThat(seen).containsOnly("interaction:8.8.8");
  }

  @Test
  void aForgedCommandNeverReachesTheDeduplicator() throws Exception {
    String body = command("4.5.6");
    String now = now();

    assertThat(
            run(SignedRequests.FORM, body, now, SignedRequests.signature("forged", now, body))
                .getStatusCode())
        .isEqualTo(401);
    run(SignedRequests.FORM, body, now, SignedRequests.signature(SECRET, now, body));

    assertThat(seen).containsExactly("command:4.5.6");
    assertThat(handled).containsExactly("command 4.5.6");
  }

  private static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }

  private static String command(String triggerId) {
    return "token=legacy&team_id=T0TEAM&channel_id=C0NEWS&user_id=U0ALICE&command=%2Fbriefing"
        + "&text=help&api_app_id=A0APP&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fcommands"
        + "&trigger_id="
        + triggerId;
  }

  private static String blockAction(String triggerId) {
    String payload =
        "{\"type\":\"block_actions\",\"trigger_id\":\""
            + triggerId
            + "\",\"team\":{\"id\":\"T0TEAM\"},\"user\":{\"id\":\"U0ALICE\"},\"api_app_id\":\"A0APP\","
            + "\"channel\":{\"id\":\"C0NEWS\"},\"actions\":[{\"action_id\":\"more\",\"block_id\":\"b1\","
            + "\"type\":\"button\",\"value\":\"v\",\"action_ts\":\"1700000000.1\"}]}";
    return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
  }

  private Response run(String contentType, String body, String timestamp, String signature)
      throws Exception {
    SlackRequestParser.HttpRequest raw =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(SlackHttpServer.PATH)
            .queryString(Map.of())
            .headers(
                new RequestHeaders(
                    Map.of(
                        "Content-Type", List.of(contentType),
                        "X-Slack-Request-Timestamp", List.of(timestamp),
                        "X-Slack-Signature", List.of(signature))))
            .requestBody(body)
            .remoteAddress("127.0.0.1")
            .build();
    return app.run(new SlackRequestParser(app.config()).parse(raw));
  }

  private App app() {
    // No bot token: Bolt skips its auth.test middleware, so this test needs no network.
    App bolt = new App(AppConfig.builder().signingSecret(SECRET).singleTeamBotToken(null).build());
    bolt.use(
        new ReplayGuard(
            key -> {
              seen.add(key);
              return memory.firstTime(key);
            }));
    bolt.command(
        SlackListeners.COMMAND,
        (req, ctx) -> {
          handled.add("command " + req.getPayload().getTriggerId());
          return ctx.ack();
        });
    bolt.blockAction(
        "more",
        (req, ctx) -> {
          handled.add("action " + req.getPayload().getTriggerId());
          return ctx.ack();
        });
    return bolt;
  }
}
