package dev.briefing.slack;

import static dev.briefing.slack.testing.Deliveries.notDelivered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.testing.SignedRequests;
import dev.briefing.testing.CapturedLogs;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** {@link SlackBot#close()}: stop taking events, finish answers, drain, then hand back. */
class SlackShutdownIT {
  static final Duration WAIT = SlackBotHarness.WAIT;
  static final String SLACK = "slack";
  static final ChatAddress DIGEST = ChatAddress.of("slack", "C0DIGEST");
  static final String CHALLENGE =
      "{\"token\":\"legacy\",\"challenge\":\"probe\",\"type\":\"url_verification\"}";

  @Test
  void stopsTakingEventsThenFinishesTheAnswerInProgressAndPostsIt() throws Exception {
    try (SlackBotHarness harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT)) {
      harness.slack.post(SignedRequests.JSON, harness.directMessage("slow"));
      harness.awaitSlowStarted();

      CompletableFuture<Void> closing = CompletableFuture.runAsync(harness.bot::close);
      await().atMost(WAIT).until(() -> refused(harness.slack));
      assertThat(closing).isNotDone(); // the answer in progress holds it
      harness.release();

      closing.get();
      assertThat(harness.api.posts())
          .extracting(p -> p.form().get("text"))
          .containsExactly(SlackBotHarness.ANSWER);
      assertThat(harness.metrics.out(SLACK)).isEqualTo(1);
    }
  }

  @Test
  void drainsTheOutboundQueueBeforeReturning() throws Exception {
    try (SlackBotHarness harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT)) {
      List<CompletableFuture<Void>> deliveries =
          List.of(
              harness.bot.chatAdapter().deliver(DIGEST, Reply.text("one")),
              harness.bot.chatAdapter().deliver(DIGEST, Reply.text("two")),
              harness.bot.chatAdapter().deliver(DIGEST, Reply.text("three")));

      harness.bot.close(); // one post a second per channel: the queue needs about two seconds

      assertThat(deliveries).allSatisfy(d -> assertThat(d).isCompleted());
      assertThat(harness.api.postsTo("C0DIGEST")).hasSize(3);
    }
  }

  @Test
  void handsBackWhatIsLeftAfterTheDrainTimeoutWithOneLogLine() throws Exception {
    try (SlackBotHarness harness = new SlackBotHarness(Duration.ofMillis(300));
        CapturedLogs logs = new CapturedLogs()) {
      harness.api.failPosts(
          new MockResponse()
              .setResponseCode(429)
              .setHeader("Retry-After", "60")
              .setHeader("Content-Type", "application/json")
              .setBody("{\"ok\":false,\"error\":\"ratelimited\"}"));
      CompletableFuture<Void> waiting = harness.bot.chatAdapter().deliver(DIGEST, Reply.text("a"));
      harness.awaitPosts(1);

      harness.bot.close();
      harness.bot.close(); // idempotent

      assertThat(notDelivered(waiting).handedBack()).isTrue();
      List<ILoggingEvent> handedBack = logs.startingWith("Closing the Slack outbound queue");
      assertThat(handedBack).hasSize(1);
      assertThat(handedBack.get(0).getFormattedMessage()).contains("handed back 1 unsent");
      assertThat(harness.metrics.gauges(SLACK).get(0).getAsInt()).isZero();
      CompletableFuture<Void> late = harness.bot.chatAdapter().deliver(DIGEST, Reply.text("b"));
      assertThat(notDelivered(late).handedBack()).isTrue();
      assertThat(harness.api.postsTo("C0DIGEST")).hasSize(1);
    }
  }

  @Test
  void aSecondCloseFromAnotherThreadWaitsForTheFirstAndAwaitCloseReturnsAfterBoth()
      throws Exception {
    try (SlackBotHarness harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT)) {
      harness.slack.post(SignedRequests.JSON, harness.directMessage("slow"));
      harness.awaitSlowStarted();
      CompletableFuture<Void> waiting =
          CompletableFuture.runAsync(
              () -> {
                try {
                  harness.bot.awaitClose();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });

      CompletableFuture<Void> hook = CompletableFuture.runAsync(harness.bot::close);
      CompletableFuture<Void> main = CompletableFuture.runAsync(harness.bot::close);
      await().atMost(WAIT).until(() -> refused(harness.slack));
      assertThat(List.of(hook, main, waiting)).noneMatch(CompletableFuture::isDone);
      harness.release();

      CompletableFuture.allOf(hook, main, waiting).get();
      assertThat(harness.api.posts()).hasSize(1);
    }
  }

  @Test
  void refusesRequestsOnceClosed() throws Exception {
    try (SlackBotHarness harness = new SlackBotHarness(SlackBot.DRAIN_TIMEOUT)) {
      harness.bot.close();

      assertThatThrownBy(() -> harness.slack.post(SignedRequests.JSON, CHALLENGE))
          .isInstanceOf(UncheckedIOException.class);
      assertThatThrownBy(harness.bot::start).isInstanceOf(IllegalStateException.class);
    }
  }

  private static boolean refused(SignedRequests slack) {
    try {
      slack.post(SignedRequests.JSON, CHALLENGE);
      return false;
    } catch (UncheckedIOException e) {
      return true;
    }
  }
}
