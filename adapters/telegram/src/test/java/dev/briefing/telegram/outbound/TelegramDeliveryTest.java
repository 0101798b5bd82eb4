package dev.briefing.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.rendering.TelegramRenderer;
import dev.briefing.telegram.rendering.TelegramRendererTest;
import dev.briefing.testing.CapturedLogs;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The futures of {@link TelegramChatAdapter#deliver}, the queue's metrics and its closing. */
class TelegramDeliveryTest {
  private static final String TELEGRAM = "telegram";
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "501");
  private static final ChatAddress GROUP = ChatAddress.of("telegram", "-200300");
  private static final Reply THREE_PARTS = Reply.text(TelegramRendererTest.longText(10_000));

  private final MutableClock clock = new MutableClock(START);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final TelegramChatAdapter adapter =
      new TelegramChatAdapter(
          sender,
          new QueuedChatAdapter.Context(
              new InMemorySubscriptionRepository(clock),
              clock,
              scheduler,
              metrics,
              RateBudget.unlimited()));

  // Telegram's adapter reports under its own name only and counts no digests.
  @AfterEach
  void reportsNothingButTelegramsOwnMetrics() {
    assertThat(metrics.platforms()).isSubsetOf(TELEGRAM);
    assertThat(metrics.digests()).isEmpty();
  }

  @Test
  void completesWhenTelegramAcceptedEveryPart() {
    int parts = new TelegramRenderer().render(THREE_PARTS).size();
    assertThat(parts).isGreaterThanOrEqualTo(3);

    CompletableFuture<Void> delivered = adapter.deliver(CHAT, THREE_PARTS);
    scheduler.runDue();

    assertThat(delivered).isNotDone(); // one part a second
    scheduler.runUntilIdle(Duration.ofMinutes(1));
    assertThat(delivered).isCompleted();
    assertThat(metrics.out(TELEGRAM)).isEqualTo(parts);
    assertThat(metrics.errors(TELEGRAM)).isEmpty();
  }

  @Test
  void completesAfterWaitingOutA429() {
    sender.failNext(FakeSender.tooManyRequests(7));

    CompletableFuture<Void> delivered = adapter.deliver(CHAT, Reply.text("digest"));
    scheduler.runDue();

    assertThat(delivered).isNotDone();
    scheduler.advance(Duration.ofSeconds(7));
    assertThat(delivered).isCompleted();
    assertThat(metrics.errors(TELEGRAM)).containsExactly("429");
    assertThat(metrics.out(TELEGRAM)).isEqualTo(1);
  }

  @Test
  void completesOnceResentToTheSupergroupAGroupBecame() {
    sender.failNext(FakeSender.migrated(-1009998887776L));

    CompletableFuture<Void> delivered = adapter.deliver(GROUP, Reply.text("digest"));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(delivered).isCompleted();
    assertThat(sender.delivered())
        .extracting(FakeSender.Attempt::chatId)
        .containsExactly("-1009998887776");
    assertThat(metrics.errors(TELEGRAM)).containsExactly("400");
  }

  @Test
  void failsAsRefusedWhenTheChatBlockedTheBotAndSoDoesTheRestOfItsQueue() {
    sender.failNext(FakeSender.forbidden());

    CompletableFuture<Void> first = adapter.deliver(CHAT, Reply.text("digest"));
    CompletableFuture<Void> second = adapter.deliver(CHAT, Reply.text("another"));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertRefused(first);
    assertRefused(second);
    assertThat(metrics.errors(TELEGRAM)).containsExactly("403");
    assertThat(adapter.queued()).isZero();
  }

  @Test
  void failsAsRefusedWhenTelegramRejectsTheMessage() {
    sender.failNext(
        FakeSender.apiError(
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse"
                + " entities\"}"));

    CompletableFuture<Void> delivered = adapter.deliver(CHAT, Reply.text("digest"));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertRefused(delivered);
    assertThat(metrics.errors(TELEGRAM)).containsExactly("400");
  }

  @Test
  void failsAsRefusedWhenTheRetriesRunOut() {
    TelegramApiException error = FakeSender.serverError();
    sender.failNext(Collections.nCopies(6, error).toArray(TelegramApiException[]::new));

    CompletableFuture<Void> delivered = adapter.deliver(CHAT, Reply.text("digest"));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertRefused(delivered);
    assertThat(metrics.errors(TELEGRAM)).containsExactlyElementsOf(Collections.nCopies(6, "502"));
  }

  @Test
  void countsNetworkFailuresAndTimeoutsWithoutAStatus() {
    sender.failNext(
        new TelegramApiException("Unable to execute sendmessage method", new java.io.IOException()),
        new TelegramApiException(
            "Unable to execute sendmessage method", new java.net.SocketTimeoutException()));

    CompletableFuture<Void> delivered = adapter.deliver(CHAT, Reply.text("digest"));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(delivered).isCompleted();
    assertThat(metrics.errors(TELEGRAM)).containsExactly("io", "timeout");
  }

  @Test
  void handsBackWhatIsStillQueuedWhenClosed() {
    sender.failNext(FakeSender.tooManyRequests(30));
    CompletableFuture<Void> other = adapter.deliver(GROUP, Reply.text("three"));
    CompletableFuture<Void> sent = adapter.deliver(CHAT, Reply.text("one"));
    CompletableFuture<Void> queued = adapter.deliver(CHAT, Reply.text("two"));
    scheduler.runDue(); // "three" meets a 429 and waits; "one" goes; "two" waits its second

    try (CapturedLogs logs = new CapturedLogs()) {
      adapter.close();
      assertThat(logs.containing("handed back 2 unsent messages")).hasSize(1);
    }

    assertThat(sent).isCompleted();
    assertHandedBack(queued);
    assertHandedBack(other);
    assertThat(adapter.queued()).isZero();
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    assertThat(sender.delivered()).extracting(FakeSender.Attempt::text).containsExactly("one");
  }

  @Test
  void handsBackAReplyQueuedAfterClosing() {
    adapter.close();

    assertHandedBack(adapter.deliver(CHAT, Reply.text("late")));
    adapter.send(CHAT, Reply.text("also late")); // fire and forget: no exception either
    assertThat(adapter.queued()).isZero();
  }

  @Test
  void refusesInsteadOfHandingBackAReplyCutInTheMiddle() {
    CompletableFuture<Void> delivered = adapter.deliver(CHAT, THREE_PARTS);
    scheduler.runDue(); // the first part went

    adapter.close();

    // Handed back means nothing reached the chat: sending it all again would repeat a part.
    assertRefused(delivered);
  }

  @Test
  void drainsUntilEveryQueuedMessageIsAcceptedOrDropped() throws InterruptedException {
    sender.failNext(FakeSender.forbidden());
    adapter.deliver(GROUP, Reply.text("blocked"));
    adapter.deliver(CHAT, Reply.text("one"));
    adapter.deliver(CHAT, Reply.text("two"));

    assertThat(adapter.drain(Duration.ZERO)).isFalse();
    scheduler.runDue();
    assertThat(adapter.drain(Duration.ZERO)).isFalse();
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(adapter.drain(Duration.ZERO)).isTrue();
  }

  @Test
  void reportsTheQueueDepthIncludingMessagesWaitingToRetry() {
    sender.failNext(FakeSender.tooManyRequests(5));
    adapter.send(CHAT, Reply.text("one"));
    adapter.send(CHAT, Reply.text("two"));
    adapter.send(GROUP, Reply.text("three"));
    assertThat(metrics.depth(TELEGRAM)).isEqualTo(3);

    scheduler.runDue(); // "one" meets the 429; "three" goes

    assertThat(metrics.depth(TELEGRAM)).isEqualTo(2);
    scheduler.runUntilIdle(Duration.ofMinutes(1));
    assertThat(metrics.depth(TELEGRAM)).isZero();
  }

  @Test
  void sendsEachPartOfAReplyWhileTheRestOfItsChatsQueueWaits() {
    List<CompletableFuture<Void>> deliveries =
        List.of(
            adapter.deliver(CHAT, Reply.text("a")),
            adapter.deliver(CHAT, Reply.text("b")),
            adapter.deliver(CHAT, Reply.text("c")));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(deliveries).allSatisfy(d -> assertThat(d).isCompleted());
    assertThat(metrics.out(TELEGRAM)).isEqualTo(3);
  }

  @Test
  void failsTheFutureInsteadOfThrowingForAChatOfAnotherPlatform() {
    assertThat(adapter.deliver(ChatAddress.of("slack", "C1"), Reply.text("digest")))
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRefused(CompletableFuture<Void> future) {
    assertThat(future)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            NotDelivered.class, e -> assertThat(e.handedBack()).as("handed back").isFalse());
  }

  private static void assertHandedBack(CompletableFuture<Void> future) {
    assertThat(future)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .havingCause()
        .isInstanceOfSatisfying(
            NotDelivered.class, e -> assertThat(e.handedBack()).as("handed back").isTrue());
  }
}
