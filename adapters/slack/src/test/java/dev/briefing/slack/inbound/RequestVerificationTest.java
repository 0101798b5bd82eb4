package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppMentionEvent;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bolt's request verification, as the bot configures it, against signatures computed here. */
class RequestVerificationTest {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final App app = app();
  private final String body = Fixtures.json("app-mention");
  private final String now = String.valueOf(Instant.now().getEpochSecond());

  @AfterEach
  void stop() {
    app.stop();
  }

  @Test
  void acceptsARequestSignedWithTheSigningSecret() throws Exception {
    Response response = run(body, now, SignedRequests.signature(SECRET, now, body));

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(handled).containsExactly("Ev0MENTION");
  }

  @Test
  void rejectsForgedSlackSignature() throws Exception {
    assertRejected(run(body, now, SignedRequests.signature("not-the-secret", now, body)));
  }

  @Test
  void rejectsASignatureOlderThanFiveMinutes() throws Exception {
    String stale = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());

    assertRejected(run(body, stale, SignedRequests.signature(SECRET, stale, body)));
  }

  @Test
  void rejectsARequestWithoutSignatureHeaders() throws Exception {
    assertRejected(run(body, null, null));
    assertRejected(run(body, now, null));
  }

  @Test
  void rejectsABodyChangedAfterSigning() throws Exception {
    String signature = SignedRequests.signature(SECRET, now, body);

    assertRejected(run(body.replace("harbour", "budget"), now, signature));
  }

  @Test
  void rejectsAStaleRequestWhoseTimestampWasRenewed() throws Exception {
    String stale = String.valueOf(Instant.now().minusSeconds(400).getEpochSecond());
    String signedLongAgo = SignedRequests.signature(SECRET, stale, body);

    assertRejected(run(body, now, signedLongAgo));
  }

  @Test
  void rejectsASignatureOfAnotherSchemeOrNotHex() throws Exception {
    String signature = SignedRequests.signature(SECRET, now, body);

    assertRejected(run(body, now, signature.replace("v0=", "v1=")));
    assertRejected(run(body, now, signature.substring(3)));
    assertRejected(run(body, now, "v0=" + "z".repeat(64)));
    assertRejected(run(body, now, ""));
  }

  private void assertRejected(Response response) {
    assertThat(response.getStatusCode()).isEqualTo(401);
    assertThat(handled).isEmpty();
  }

  private Response run(String requestBody, String timestamp, String signature) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put("Content-Type", List.of("application/json"));
    if (timestamp != null) {
      headers.put("X-Slack-Request-Timestamp", List.of(timestamp));
    }
    if (signature != null) {
      headers.put("X-Slack-Signature", List.of(signature));
    }
    SlackRequestParser.HttpRequest raw =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(SlackHttpServer.PATH)
            .queryString(Map.of())
            .headers(new RequestHeaders(headers))
            .requestBody(requestBody)
            .remoteAddress("127.0.0.1")
            .build();
    return app.run(new SlackRequestParser(app.config()).parse(raw));
  }

  private App app() {
    // No bot token: Bolt skips its auth.test middleware, so this test needs no network.
    App bolt = new App(AppConfig.builder().signingSecret(SECRET).singleTeamBotToken(null).build());
    bolt.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          handled.add(payload.getEventId());
          return ctx.ack();
        });
    return bolt;
  }
}
