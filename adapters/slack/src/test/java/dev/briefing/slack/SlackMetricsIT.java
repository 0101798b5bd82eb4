package dev.briefing.slack;

import static dev.briefing.slack.testing.Deliveries.notDelivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.RecordingMetrics;
import dev.briefing.slack.testing.SignedRequests;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack bot's metrics and {@code deliver} futures over real HTTP to the fake Web API. */
class SlackMetricsIT {
  static final Duration WAIT = SlackBotHarness.WAIT;

  private SlackBotHarness harness;
  private RecordingMetrics metrics;

  @BeforeEach
  void start() throws Exception {
    harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT);
    metrics = harness.metrics;
  }

  @AfterEach
  void stop() throws Exception {
    harness.close();
  }

  @Test
  void countsAMessageInItsReplyOutAndTheAnswerLatency() {
    harness.slack.post(SignedRequests.JSON, harness.directMessage("who was quoted?"));

    harness.awaitPosts(1);
    await().atMost(WAIT).until(() -> metrics.latencies().size() == 1);
    assertThat(metrics.in()).isEqualTo(1);
    assertThat(metrics.out()).isEqualTo(1);
    assertThat(metrics.latencies().get(0)).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(metrics.errors()).isEmpty();
    assertThat(metrics.gauges("slack")).hasSize(1);
    await().atMost(WAIT).until(() -> metrics.gauges("slack").get(0).getAsInt() == 0);
  }

  @Test
  void countsOnlyTheMessagesTheBotTakes() {
    harness.slack.post(SignedRequests.JSON, Fixtures.json("own-message"));
    harness.slack.post(SignedRequests.JSON, Fixtures.json("edited-message"));
    harness.slack.post(SignedRequests.JSON, Fixtures.json("channel-chatter"));
    harness.slack.post(SignedRequests.JSON, harness.directMessage("who was quoted?"));

    harness.awaitPosts(1);
    harness.bot.close(); // finishes the answers in progress
    assertThat(metrics.in()).isEqualTo(1);
  }

  @Test
  void countsASlashCommandAndItsResponse() {
    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "11.22.33"));

    await().atMost(WAIT).until(() -> metrics.latencies().size() == 1);
    assertThat(harness.api.responses()).hasSize(1);
    assertThat(metrics.in()).isEqualTo(1);
    assertThat(metrics.out()).isEqualTo(1);
  }

  @Test
  void countsARefusedSlashCommandResponseByItsStatus() {
    harness.api.failResponses(new MockResponse().setResponseCode(404).setBody("expired_url"));

    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "11.22.34"));

    await().atMost(WAIT).until(() -> metrics.errors().contains("slack:404"));
    harness.bot.close();
    assertThat(metrics.in()).isEqualTo(1);
    assertThat(metrics.out()).isZero();
    assertThat(metrics.latencies()).isEmpty();
  }

  @Test
  void deliverCompletesWhenSlackAcceptedTheReply() {
    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0DIGEST"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(delivered).isCompleted();
    assertThat(harness.api.postsTo("C0DIGEST")).hasSize(1);
    assertThat(metrics.out()).isEqualTo(1);
  }

  @Test
  void deliverWaitsOutA429AndCountsIt() {
    harness.api.failPosts(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("Retry-After", "1")
            .setHeader("Content-Type", "application/json")
            .setBody("{\"ok\":false,\"error\":\"ratelimited\"}"));

    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0DIGEST"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(delivered).isCompleted();
    assertThat(harness.api.postsTo("C0DIGEST")).hasSize(2);
    assertThat(metrics.errors()).containsExactly("slack:429");
  }

  @Test
  void deliverFailsRefusedWhenTheBotIsNotInTheChannel() {
    harness.api.failPosts(FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));

    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0GONE"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(notDelivered(delivered).handedBack()).isFalse();
    assertThat(metrics.errors()).containsExactly("slack:not_in_channel");
  }

  @Test
  void countsAServerErrorByItsStatusAndRetries() {
    harness.api.failPosts(
        new MockResponse()
            .setResponseCode(500)
            .setHeader("Content-Type", "application/json")
            .setBody("{\"ok\":false,\"error\":\"internal_error\"}"));

    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0DIGEST"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(delivered).isCompleted();
    assertThat(metrics.errors()).containsExactly("slack:500");
  }
}
