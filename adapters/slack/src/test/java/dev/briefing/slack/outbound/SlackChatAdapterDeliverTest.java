package dev.briefing.slack.outbound;

import static dev.briefing.slack.testing.Deliveries.notDelivered;
import static dev.briefing.slack.testing.Fixtures.longText;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingMetrics;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link SlackChatAdapter#deliver}'s future and the adapter's metrics, on a hand-driven clock. */
class SlackChatAdapterDeliverTest {
  static final String SLACK = "slack";
  static final ChatAddress NEWS = ChatAddress.of("slack", "C0NEWS");
  static final ChatAddress SPORT = ChatAddress.of("slack", "C0SPORT");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakePoster poster = new FakePoster(clock);
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final SlackChatAdapter adapter =
      new SlackChatAdapter(
          poster,
          new QueuedChatAdapter.Context(
              new InMemorySubscriptionRepository(clock),
              clock,
              scheduler,
              metrics,
              RateBudget.unlimited()));

  // Every count, error and gauge is Slack's: no other platform's either.
  @AfterEach
  void reportsNothingButSlacksOwnMetrics() {
    assertThat(metrics.platforms()).isSubsetOf(SLACK);
  }

  @Test
  void completesWhenSlackAcceptedEveryPart() {
    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text(longText(30_000)));
    scheduler.runDue();
    int parts = new SlackRenderer().render(Reply.text(longText(30_000))).size();
    assertThat(parts).isGreaterThanOrEqualTo(3);

    for (int posted = 1; posted < parts; posted++) {
      assertThat(delivered).isNotDone();
      scheduler.advance(Duration.ofSeconds(1));
    }

    assertThat(delivered).isCompleted();
    assertThat(poster.attempts()).hasSize(parts);
    assertThat(metrics.out(SLACK)).isEqualTo(parts);
  }

  @Test
  void uploadsAReplysFileAfterItsTextAndCompletesWhenBothWereAccepted() {
    OutgoingFile opml =
        new OutgoingFile("feeds.opml", "text/x-opml", "<opml/>".getBytes(StandardCharsets.UTF_8));

    CompletableFuture<Void> delivered =
        adapter.deliver(NEWS, Reply.text("Your feeds, as OPML.").withFile(opml));
    scheduler.runDue();
    assertThat(delivered).isNotDone();
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(delivered).isCompleted();
    assertThat(poster.attempts()).hasSize(2);
    assertThat(poster.attempts().get(0).message().message().text())
        .isEqualTo("Your feeds, as OPML.");
    assertThat(poster.attempts().get(0).message().message().file()).isEmpty();
    assertThat(poster.attempts().get(1).message().message().file()).contains(opml);
    assertThat(poster.attempts().get(1).message().chat()).isEqualTo(NEWS);
  }

  @Test
  void retriesAnUploadThatFailedLikeAMessage() {
    OutgoingFile opml =
        new OutgoingFile("feeds.opml", "text/x-opml", "<opml/>".getBytes(StandardCharsets.UTF_8));
    poster.failWith("ratelimited");

    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text("").withFile(opml));
    scheduler.runDue();
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(delivered).isCompleted();
    assertThat(poster.attempts()).hasSize(2);
    assertThat(poster.attempts())
        .allSatisfy(a -> assertThat(a.message().message().file()).contains(opml));
  }

  @Test
  void failsRefusedWhenTheChannelIsGone() {
    poster.failWith("channel_not_found");

    CompletableFuture<Void> first = adapter.deliver(NEWS, Reply.text("digest"));
    CompletableFuture<Void> second = adapter.deliver(NEWS, Reply.text("later"));
    scheduler.runDue();

    assertThat(notDelivered(first).handedBack()).isFalse();
    assertThat(notDelivered(second).handedBack()).isFalse();
    assertThat(notDelivered(first)).hasMessageContaining("channel_not_found");
    assertThat(metrics.errors(SLACK)).containsExactly("channel_not_found");
    assertThat(adapter.queued()).isZero();
  }

  @Test
  void failsRefusedWhenSlackRejectsAPartOrTheRetriesRunOut() {
    poster.failWith("invalid_blocks");
    CompletableFuture<Void> rejected = adapter.deliver(NEWS, Reply.text("a"));
    for (int i = 0; i < SlackChatAdapter.MAX_ATTEMPTS; i++) {
      poster.throwNext(new IOException("connection reset"));
    }
    CompletableFuture<Void> exhausted = adapter.deliver(SPORT, Reply.text("b"));

    scheduler.runDue();
    assertThat(notDelivered(rejected).handedBack()).isFalse();
    assertThat(exhausted).isNotDone();
    for (int i = 0; i < 120; i++) {
      scheduler.advance(Duration.ofSeconds(1));
    }

    assertThat(notDelivered(exhausted).handedBack()).isFalse();
    assertThat(notDelivered(exhausted)).hasMessageContaining("6 attempts");
    assertThat(metrics.errors(SLACK))
        .containsExactly("invalid_blocks", "io", "io", "io", "io", "io", "io");
  }

  @Test
  void completesAfterA429WhenTheRetryIsAccepted() {
    poster.throwNext(httpError(429, "7"));
    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text("digest"));

    scheduler.runDue();
    scheduler.advance(Duration.ofSeconds(6));
    assertThat(delivered).isNotDone();
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(delivered).isCompleted();
    assertThat(metrics.errors(SLACK)).containsExactly("429");
    assertThat(metrics.out(SLACK)).isEqualTo(1);
  }

  @Test
  void countsServerErrorsAndTimeoutsByTheirCode() {
    poster.throwNext(httpError(500, null));
    poster.throwNext(new SocketTimeoutException("read timed out"));
    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text("digest"));

    scheduler.runDue();
    scheduler.advance(Duration.ofSeconds(1));
    scheduler.advance(Duration.ofSeconds(2));

    assertThat(delivered).isCompleted();
    assertThat(metrics.errors(SLACK)).containsExactly("500", "timeout");
  }

  @Test
  void handsBackWhatIsStillQueuedWhenClosed() {
    CompletableFuture<Void> posted = adapter.deliver(NEWS, Reply.text("one"));
    scheduler.runDue();
    CompletableFuture<Void> queued = adapter.deliver(NEWS, Reply.text("two"));
    poster.throwNext(httpError(429, "30"));
    CompletableFuture<Void> waiting = adapter.deliver(SPORT, Reply.text("three"));
    scheduler.runDue();
    assertThat(adapter.queued()).isEqualTo(2);

    adapter.close();

    assertThat(posted).isCompleted();
    assertThat(notDelivered(queued).handedBack()).isTrue();
    assertThat(notDelivered(waiting).handedBack()).isTrue();
    assertThat(adapter.queued()).isZero();
    scheduler.advance(Duration.ofMinutes(1));
    assertThat(poster.attempts()).hasSize(2);
  }

  @Test
  void refusesAReplyPartlyPostedWhenClosedSoItIsNeverRepeated() {
    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text(longText(30_000)));
    scheduler.runDue();

    adapter.close();

    NotDelivered why = notDelivered(delivered);
    assertThat(why.handedBack()).isFalse();
    assertThat(why).hasMessageContaining("after 1 of");
  }

  @Test
  void handsBackAMessageWhosePostFailsWhileClosing() {
    poster.next(
        () -> {
          adapter.close(); // while the post is in flight
          throw new IOException("connection reset");
        });
    CompletableFuture<Void> delivered = adapter.deliver(NEWS, Reply.text("digest"));

    scheduler.runDue();

    assertThat(notDelivered(delivered).handedBack()).isTrue();
    assertThat(adapter.queued()).isZero();
  }

  @Test
  void handsBackAtOnceAfterClose() {
    adapter.close();

    assertThat(notDelivered(adapter.deliver(NEWS, Reply.text("late"))).handedBack()).isTrue();
    assertThat(poster.attempts()).isEmpty();
  }

  @Test
  void failsAtOnceForAChatOfAnotherPlatform() {
    assertThat(adapter.deliver(ChatAddress.of("telegram", "42"), Reply.text("x")))
        .isCompletedExceptionally();
  }

  @Test
  void reportsTheQueueDepthThroughOneGauge() {
    assertThat(metrics.gauges(SLACK)).hasSize(1);
    adapter.send(NEWS, Reply.text("one"));
    adapter.send(NEWS, Reply.text("two"));
    assertThat(metrics.gauges(SLACK).get(0).getAsInt()).isEqualTo(2);

    scheduler.runDue();
    assertThat(metrics.gauges(SLACK).get(0).getAsInt()).isEqualTo(1);
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(metrics.gauges(SLACK).get(0).getAsInt()).isZero();
  }

  @Test
  void drainReturnsAtOnceWhenNothingIsQueued() throws InterruptedException {
    assertThat(adapter.drain(Duration.ZERO)).isTrue();
    adapter.send(NEWS, Reply.text("one"));

    assertThat(adapter.drain(Duration.ZERO)).isFalse();
  }

  static SlackApiException httpError(int code, String retryAfter) {
    Response.Builder response =
        new Response.Builder()
            .request(new Request.Builder().url("http://127.0.0.1/api/chat.postMessage").build())
            .protocol(Protocol.HTTP_1_1)
            .code(code)
            .message("error")
            .body(ResponseBody.create("", MediaType.get("application/json")));
    if (retryAfter != null) {
      response.header("Retry-After", retryAfter);
    }
    return new SlackApiException(response.build(), "");
  }
}
