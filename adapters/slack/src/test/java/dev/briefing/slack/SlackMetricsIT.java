package dev.briefing.slack;

import static dev.briefing.slack.testing.Deliveries.notDelivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import dev.briefing.testing.RecordingMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack bot's metrics and {@code deliver} futures over real HTTP to the fake Web API. */
class SlackMetricsIT {
  static final Duration WAIT = SlackBotHarness.WAIT;
  static final String SLACK = "slack";

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
    // Slack's errors only: no other platform's count, error or gauge either.
    assertThat(metrics.platforms()).isSubsetOf(SLACK);
  }

  @Test
  void countsAMessageInItsReplyOutAndTheAnswerLatency() {
    harness.slack.post(SignedRequests.JSON, harness.directMessage("who was quoted?"));

    harness.awaitPosts(1);
    await().atMost(WAIT).until(() -> metrics.latencies(SLACK).size() == 1);
    assertThat(metrics.in(SLACK)).isEqualTo(1);
    assertThat(metrics.out(SLACK)).isEqualTo(1);
    assertThat(metrics.latencies(SLACK).get(0)).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(metrics.errors(SLACK)).isEmpty();
    assertThat(metrics.gauges(SLACK)).hasSize(1);
    await().atMost(WAIT).until(() -> metrics.gauges(SLACK).get(0).getAsInt() == 0);
  }

  @Test
  void countsOnlyTheMessagesTheBotTakes() {
    harness.slack.post(SignedRequests.JSON, Fixtures.json("own-message"));
    harness.slack.post(SignedRequests.JSON, Fixtures.json("edited-message"));
    harness.slack.post(SignedRequests.JSON, Fixtures.json("channel-chatter"));
    harness.slack.post(SignedRequests.JSON, harness.directMessage("who was quoted?"));

    harness.awaitPosts(1);
    harness.bot.close(); // finishes the answers in progress
    assertThat(metrics.in(SLACK)).isEqualTo(1);
  }

  @Test
  void countsASlashCommandAndItsResponse() {
    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "11.22.33"));

    await().atMost(WAIT).until(() -> metrics.latencies(SLACK).size() == 1);
    assertThat(harness.api.responses()).hasSize(1);
    assertThat(metrics.in(SLACK)).isEqualTo(1);
    assertThat(metrics.out(SLACK)).isEqualTo(1);
  }

  @Test
  void countsARefusedSlashCommandResponseByItsStatus() {
    harness.api.failResponses(new MockResponse().setResponseCode(404).setBody("expired_url"));

    harness.slack.post(SignedRequests.FORM, harness.slashCommand("summary 2", "11.22.34"));

    await().atMost(WAIT).until(() -> metrics.errors(SLACK).contains("404"));
    harness.bot.close();
    assertThat(metrics.in(SLACK)).isEqualTo(1);
    assertThat(metrics.out(SLACK)).isZero();
    assertThat(metrics.latencies(SLACK)).isEmpty();
  }

  @Test
  void deliverCompletesWhenSlackAcceptedTheReply() {
    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0DIGEST"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(delivered).isCompleted();
    assertThat(harness.api.postsTo("C0DIGEST")).hasSize(1);
    assertThat(metrics.out(SLACK)).isEqualTo(1);
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
    assertThat(metrics.errors(SLACK)).containsExactly("429");
  }

  @Test
  void deliverFailsRefusedWhenTheBotIsNotInTheChannel() {
    harness.api.failPosts(FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));

    CompletableFuture<Void> delivered =
        harness.bot.chatAdapter().deliver(ChatAddress.of("slack", "C0GONE"), Reply.text("hi"));

    await().atMost(WAIT).until(delivered::isDone);
    assertThat(notDelivered(delivered).handedBack()).isFalse();
    assertThat(metrics.errors(SLACK)).containsExactly("not_in_channel");
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
    assertThat(metrics.errors(SLACK)).containsExactly("500");
  }
}
