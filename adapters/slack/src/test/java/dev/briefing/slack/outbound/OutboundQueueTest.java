package dev.briefing.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.SendFailure;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
  static final ChatAddress NEWS = ChatAddress.of("slack", "C0NEWS");
  static final ChatAddress SPORT = ChatAddress.of("slack", "C0SPORT");
  static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakePoster poster = new FakePoster(clock);
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final SlackChatAdapter adapter =
      new SlackChatAdapter(poster, QueuedChatAdapter.Context.of(subscriptions, clock, scheduler));

  @Test
  void postsAtMostOneMessageASecondPerChannel() {
    adapter.send(NEWS, Reply.text("one"));
    adapter.send(NEWS, Reply.text("two"));
    adapter.send(SPORT, Reply.text("three"));
    scheduler.runDue();

    assertThat(poster.attempts()).hasSize(2);
    scheduler.advance(Duration.ofMillis(999));
    assertThat(poster.attempts()).hasSize(2);
    scheduler.advance(Duration.ofMillis(1));

    assertThat(poster.attempts())
        .extracting(a -> a.message().message().text())
        .containsExactly("one", "three", "two");
    assertThat(poster.attempts().get(2).at()).isEqualTo(START.plusSeconds(1));
  }

  @Test
  void aMessageQueuedJustAfterTheChannelsLastPostWaitsItsSecondToo() {
    adapter.send(NEWS, Reply.text("one"));
    scheduler.runDue();
    adapter.send(NEWS, Reply.text("two"));
    scheduler.runDue();

    assertThat(poster.attempts()).hasSize(1);
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(poster.attempts())
        .extracting(FakePoster.Attempt::at)
        .containsExactly(START, START.plusSeconds(1));
  }

  @Test
  void waitsTheRetryAfterSlackNamesOn429() {
    poster.throwNext(rateLimited(7));
    adapter.send(NEWS, Reply.text("digest"));
    scheduler.runDue();

    scheduler.advance(Duration.ofSeconds(6));
    assertThat(poster.attempts()).hasSize(1);
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(poster.attempts()).hasSize(2);
    assertThat(poster.attempts().get(1).message().attempt()).isEqualTo(1);
  }

  @Test
  void retriesNetworkErrorsWithBackOffThenGivesUp() {
    for (int i = 0; i < SlackChatAdapter.MAX_ATTEMPTS; i++) {
      poster.throwNext(new IOException("connection reset"));
    }
    adapter.send(NEWS, Reply.text("digest"));

    scheduler.runDue();
    for (int i = 0; i < 120; i++) {
      scheduler.advance(Duration.ofSeconds(1));
    }

    assertThat(poster.attempts())
        .extracting(FakePoster.Attempt::at)
        .containsExactly(
            START,
            START.plusSeconds(1),
            START.plusSeconds(3),
            START.plusSeconds(7),
            START.plusSeconds(15),
            START.plusSeconds(31));
  }

  @Test
  void pausesTheChannelsSubscriptionsWhenTheBotWasRemoved() {
    Subscription subscription = subscribe(NEWS);
    poster.failWith("not_in_channel");
    adapter.send(NEWS, Reply.text("digest part 1"));
    adapter.send(NEWS, Reply.text("digest part 2"));

    scheduler.runDue();
    scheduler.advance(Duration.ofSeconds(5));

    assertThat(poster.attempts()).hasSize(1);
    assertThat(subscriptions.findById(subscription.id()).orElseThrow().paused()).isTrue();
  }

  @Test
  void pausesOnArchivedOrMissingChannelsToo() {
    Subscription archived = subscribe(NEWS);
    Subscription missing = subscribe(SPORT);
    poster.failWith("is_archived");
    poster.failWith("channel_not_found");
    adapter.send(NEWS, Reply.text("a"));
    adapter.send(SPORT, Reply.text("b"));

    scheduler.runDue();

    assertThat(subscriptions.findById(archived.id()).orElseThrow().paused()).isTrue();
    assertThat(subscriptions.findById(missing.id()).orElseThrow().paused()).isTrue();
  }

  @Test
  void keepsPostingWhenPausingAGoneChannelFails() {
    SubscriptionRepository failing =
        (SubscriptionRepository)
            Proxy.newProxyInstance(
                SubscriptionRepository.class.getClassLoader(),
                new Class<?>[] {SubscriptionRepository.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("pauseChat")) {
                    throw new IllegalStateException("database down");
                  }
                  return method.invoke(subscriptions, args);
                });
    SlackChatAdapter adapter =
        new SlackChatAdapter(poster, QueuedChatAdapter.Context.of(failing, clock, scheduler));
    poster.failWith("channel_not_found");
    CompletableFuture<Void> gone = adapter.deliver(NEWS, Reply.text("a"));
    scheduler.runDue();
    CompletableFuture<Void> next = adapter.deliver(SPORT, Reply.text("b"));
    scheduler.runDue();

    assertThat(gone).isCompletedExceptionally();
    assertThat(next).isCompleted();
    assertThat(adapter.queued()).isZero();
  }

  @Test
  void otherErrorsAreNotRetried() {
    poster.failWith("invalid_blocks");
    adapter.send(NEWS, Reply.text("a"));

    scheduler.runDue();
    scheduler.advance(Duration.ofMinutes(5));

    assertThat(poster.attempts()).hasSize(1);
  }

  @Test
  void sortsSlackErrorCodes() {
    assertThat(SlackFailures.ofError("channel_not_found")).isInstanceOf(SendFailure.Gone.class);
    assertThat(SlackFailures.ofError("ratelimited")).isInstanceOf(SendFailure.RetryAfter.class);
    assertThat(SlackFailures.ofError("internal_error")).isInstanceOf(SendFailure.Transient.class);
    assertThat(SlackFailures.ofError("msg_too_long")).isInstanceOf(SendFailure.Rejected.class);
    assertThat(SlackFailures.of(rateLimited(30)))
        .isEqualTo(new SendFailure.RetryAfter(Duration.ofSeconds(30)));
  }

  private Subscription subscribe(ChatAddress chat) {
    return subscriptions.add(
        new NewSubscription(
            chat, LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));
  }

  private static SlackMessage message(String text) {
    return new SlackRenderer().render(Reply.text(text)).get(0);
  }

  static SlackApiException rateLimited(int seconds) {
    Response response =
        new Response.Builder()
            .request(new Request.Builder().url("http://127.0.0.1/api/chat.postMessage").build())
            .protocol(Protocol.HTTP_1_1)
            .code(429)
            .message("Too Many Requests")
            .header("Retry-After", String.valueOf(seconds))
            .body(ResponseBody.create("", MediaType.get("application/json")))
            .build();
    return new SlackApiException(response, "");
  }
}
