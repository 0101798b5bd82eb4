package dev.briefing.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.rendering.TelegramRendererTest;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class OutboundQueueTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final ChatAddress PRIVATE = ChatAddress.of("telegram", "501");
  private static final ChatAddress GROUP = ChatAddress.of("telegram", "-200300");

  private final MutableClock clock = new MutableClock(START);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final TelegramChatAdapter adapter =
      new TelegramChatAdapter(
          sender, QueuedChatAdapter.Context.of(subscriptions, clock, scheduler));

  @Test
  void sendsAtMostOneMessageASecondToAChat() {
    adapter.send(PRIVATE, Reply.text("one"));
    adapter.send(PRIVATE, Reply.text("two"));
    adapter.send(PRIVATE, Reply.text("three"));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sender.delivered())
        .extracting(FakeSender.Attempt::text, FakeSender.Attempt::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("one", START),
            org.assertj.core.groups.Tuple.tuple("two", START.plusSeconds(1)),
            org.assertj.core.groups.Tuple.tuple("three", START.plusSeconds(2)));
  }

  @Test
  void sendsAtMostTwentyMessagesAMinuteToAGroup() {
    IntStream.range(0, 21).forEach(i -> adapter.send(GROUP, Reply.text("m" + i)));

    scheduler.runUntilIdle(Duration.ofMinutes(5));

    List<FakeSender.Attempt> sent = sender.delivered();
    assertThat(sent).hasSize(21);
    assertThat(sent.get(19).at()).isEqualTo(START.plusSeconds(19));
    assertThat(sent.get(20).at()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void sendsAtMostThirtyMessagesASecondOverall() {
    IntStream.range(0, 31)
        .forEach(i -> adapter.send(ChatAddress.of("telegram", "" + (1000 + i)), Reply.text("hi")));

    scheduler.runDue();

    assertThat(sender.delivered()).hasSize(30);
    scheduler.advance(Duration.ofSeconds(1));
    assertThat(sender.delivered()).hasSize(31);
  }

  @Test
  void countsASendWhenItsRoundTripEndsSoSlowCallsNeverBunchUpAtTelegram() {
    sender.takes(Duration.ofMillis(200));
    adapter.send(PRIVATE, Reply.text("one"));
    adapter.send(PRIVATE, Reply.text("two"));
    IntStream.range(0, 30)
        .forEach(i -> adapter.send(ChatAddress.of("telegram", "" + (1000 + i)), Reply.text("hi")));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    List<FakeSender.Attempt> sent = sender.delivered();
    Instant firstDone = START.plusMillis(200);
    assertThat(sent.get(0).text()).isEqualTo("one");
    assertThat(sent)
        .filteredOn(a -> a.text().equals("two"))
        .singleElement()
        .satisfies(a -> assertThat(a.at()).isAfterOrEqualTo(firstDone.plusSeconds(1)));
    // However slow the calls, no 31 sends start within a second of the first one's end.
    for (int i = 30; i < sent.size(); i++) {
      assertThat(sent.get(i).at()).isAfterOrEqualTo(sent.get(i - 30).at().plusMillis(1200));
    }
  }

  @Test
  void waitsTheRetryAfterTelegramNamesOn429() {
    sender.failNext(FakeSender.tooManyRequests(7));
    adapter.send(PRIVATE, Reply.text("digest"));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sender.attempts())
        .extracting(FakeSender.Attempt::at)
        .containsExactly(START, START.plusSeconds(7));
    assertThat(sender.delivered()).extracting(FakeSender.Attempt::text).containsExactly("digest");
  }

  @Test
  void retriesServerErrorsWithGrowingBackOffThenGivesUp() {
    TelegramApiException error = FakeSender.serverError();
    sender.failNext(error, error, error, error, error, error, error);
    adapter.send(PRIVATE, Reply.text("digest"));

    scheduler.runUntilIdle(Duration.ofHours(1));

    assertThat(sender.attempts())
        .extracting(FakeSender.Attempt::at)
        .containsExactly(
            START,
            START.plusSeconds(1),
            START.plusSeconds(3),
            START.plusSeconds(7),
            START.plusSeconds(15),
            START.plusSeconds(31));
    assertThat(sender.delivered()).isEmpty();
  }

  @Test
  void retriesANetworkErrorAndThenDelivers() {
    sender.failNext(
        new TelegramApiException(
            "Unable to execute sendmessage method", new java.io.IOException("timeout")));
    adapter.send(PRIVATE, Reply.text("digest"));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sender.delivered())
        .extracting(FakeSender.Attempt::at)
        .containsExactly(START.plusSeconds(1));
  }

  @Test
  void pausesTheSubscriptionsOfAChatThatBlockedTheBot() {
    Subscription subscription = subscribe(PRIVATE);
    sender.failNext(FakeSender.forbidden());
    adapter.send(PRIVATE, Reply.text("digest part"));
    adapter.send(PRIVATE, Reply.text("another"));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(subscriptions.findById(subscription.id()).orElseThrow().paused()).isTrue();
    assertThat(sender.attempts()).hasSize(1);
  }

  @Test
  void followsAGroupMigratedToASupergroupAndMovesItsSubscriptions() {
    Subscription subscription = subscribe(GROUP);
    sender.failNext(FakeSender.migrated(-1009998887776L));
    adapter.send(GROUP, Reply.text("first"));
    adapter.send(GROUP, Reply.text("second"));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sender.delivered())
        .extracting(FakeSender.Attempt::chatId, FakeSender.Attempt::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("-1009998887776", "first"),
            org.assertj.core.groups.Tuple.tuple("-1009998887776", "second"));
    assertThat(subscriptions.findById(subscription.id()).orElseThrow().chat().chatId())
        .isEqualTo("-1009998887776");
  }

  @Test
  void quotesTheAskingMessageOnlyInTheFirstChunk() {
    adapter.reply(PRIVATE, Reply.text(TelegramRendererTest.longText(6000)), 11);

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    List<FakeSender.Attempt> sent = sender.delivered();
    assertThat(sent).hasSizeGreaterThan(1);
    assertThat(sent.get(0).replyTo()).isEqualTo(11);
    assertThat(sent.subList(1, sent.size())).allMatch(a -> a.replyTo() == null);
  }

  @Test
  void letsOtherChatsGoWhileOneWaitsOutA429() {
    sender.failNext(FakeSender.tooManyRequests(30));
    adapter.send(PRIVATE, Reply.text("slow"));
    adapter.send(GROUP, Reply.text("fast"));

    scheduler.runUntilIdle(Duration.ofSeconds(5));

    assertThat(sender.delivered()).extracting(FakeSender.Attempt::text).containsExactly("fast");
  }

  private Subscription subscribe(ChatAddress chat) {
    return subscriptions.add(
        new NewSubscription(
            chat, LocalTime.of(8, 0), Subscription.EVERY_DAY, ZoneId.of("Europe/Berlin")));
  }
}
