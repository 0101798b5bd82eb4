package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.slack.testing.SignedRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request Slack signed, captured and replayed byte for byte within the five minutes Bolt accepts:
 * answered once. Forged, stale and tampered slash commands are refused before any listener.
 */
class SlackReplayIT {
  static final Duration WAIT = SlackBotHarness.WAIT;
  static final String SLACK = "slack";

  private SlackBotHarness harness;

  @BeforeEach
  void start() throws Exception {
    harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT);
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void aSlashCommandReplayedWithItsSignatureIsAnsweredOnce() {
    String body = harness.slashCommand("what did the minister say", "1001.2002.abc");

    List<Integer> statuses = replay(SignedRequests.FORM, body, 5);

    assertThat(statuses).containsOnly(200);
    await().atMost(WAIT).until(() -> harness.api.responses().size() == 1);
    harness.bot.close(); // finishes every answer in progress, so a duplicate would show now
    assertThat(harness.api.responses()).hasSize(1);
    assertThat(harness.questions).containsExactly("what did the minister say");
    assertThat(harness.metrics.in(SLACK)).isEqualTo(1);
  }

  @Test
  void anEventReplayedWithItsSignatureIsAnsweredOnce() {
    String body = harness.directMessage("who was quoted?");

    assertThat(replay(SignedRequests.JSON, body, 5)).containsOnly(200);

    harness.awaitPosts(1);
    harness.bot.close();
    assertThat(harness.api.posts()).hasSize(1);
    assertThat(harness.questions).hasSize(1);
  }

  @Test
  void commandsWithTheSameTextButTheirOwnTriggerIdsAreEachAnswered() {
    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 1", "1.1.1"));
    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 1", "1.1.2"));

    await().atMost(WAIT).until(() -> harness.api.responses().size() == 2);
  }

  @Test
  void aCommandKeyNeverCollidesWithAnEventId() {
    String eventBody = harness.directMessage("who was quoted?").replace("Ev0DM1", "Ev777");
    harness.slack.post(SignedRequests.JSON, eventBody);
    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 1", "Ev777"));

    harness.awaitPosts(1);
    await().atMost(WAIT).until(() -> harness.api.responses().size() == 1);
  }

  @Test
  void rejectsForgedStaleFutureAndTamperedSlashCommandsWithoutAnsweringThem() {
    String body = harness.slashCommand("summary 1", "9.9.9");
    String now = String.valueOf(Instant.now().getEpochSecond());
    String stale = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());
    String future = String.valueOf(Instant.now().plusSeconds(400).getEpochSecond());
    String secret = SlackBotHarness.SECRET;
    String tampered = body.replace("summary+1", "summary+9");

    List<Integer> statuses =
        List.of(
            send(body, now, SignedRequests.signature("not-the-secret", now, body)),
            send(body, stale, SignedRequests.signature(secret, stale, body)),
            send(body, future, SignedRequests.signature(secret, future, body)),
            send(body, "soon", SignedRequests.signature(secret, "soon", body)),
            send(tampered, now, SignedRequests.signature(secret, now, body)),
            send(body, now, SignedRequests.signature(secret, now, body).replace("v0=", "v1=")),
            send(body, null, null),
            send(body, now, null));

    assertThat(statuses).containsOnly(401);
    // The genuine command, signed now, is still answered: its trigger id was never taken.
    harness.slack.post(SignedRequests.FORM, body);
    await().atMost(WAIT).until(() -> harness.api.responses().size() == 1);
    harness.bot.close();
    assertThat(harness.api.responses()).hasSize(1);
    assertThat(harness.metrics.in(SLACK)).isEqualTo(1);
  }

  private int send(String body, String timestamp, String signature) {
    return harness.slack.send(SignedRequests.FORM, body, timestamp, signature).statusCode();
  }

  // Signs once, then sends the same bytes with the same headers again and again.
  private List<Integer> replay(String contentType, String body, int times) {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    String signature = SignedRequests.signature(SlackBotHarness.SECRET, timestamp, body);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      statuses.add(harness.slack.send(contentType, body, timestamp, signature).statusCode());
    }
    return statuses;
  }
}
