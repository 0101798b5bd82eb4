package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DigestServiceTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  // Friday 27 November 2026, 07:30 in Berlin.
  private static final Instant FIRE = Instant.parse("2026-11-27T06:30:00Z");
  private static final Instant NEXT_FIRE = FIRE.plus(Duration.ofDays(1));

  private final MutableClock clock = new MutableClock(FIRE.minus(Duration.ofHours(2)));
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog(subscriptions);
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final RecordingChatAdapter chat = new RecordingChatAdapter();
  private final Subscription subscription =
      subscriptions.add(
          new NewSubscription(CHAT, LocalTime.of(7, 30), Subscription.EVERY_DAY, BERLIN));
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void firstEverDigestListsEveryArticleWithTitleCitedSummaryAndSource() {
    add("budget.txt", "Budget passes", "The council voted.", "It was close.", "Not in summary.");
    add("storm.txt", "Storm hits coast", "Winds reached 120 km/h.");
    clock.set(FIRE.plusSeconds(5));

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.SENT);

    Reply digest = onlySent();
    assertThat(digest.text())
        .isEqualTo(
            """
            Your first digest: 2 articles.

            1. Storm hits coast
            Storm hits coast Winds reached 120 km/h.
            Source: storm.txt

            2. Budget passes
            Budget passes The council voted.
            Source: budget.txt""");
    assertThat(digest.citations()).extracting(Citation::sentence).containsExactly(1, 2, 1, 2);
    assertThat(status(FIRE)).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void aLaterDigestListsOnlyTheArticlesAddedSinceTheLastDelivered() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    service(false).deliver(subscription, FIRE);
    add("storm.txt", "Storm hits coast", "Winds reached 120 km/h.");
    clock.set(NEXT_FIRE.plusSeconds(5));

    assertThat(service(false).deliver(subscription, NEXT_FIRE)).isEqualTo(DeliveryOutcome.SENT);

    assertThat(chat.sent()).hasSize(2);
    assertThat(chat.sent().get(1).reply().text())
        .startsWith("Your digest: 1 article new since Fri 27 Nov 07:30 CET.\n\n1. Storm hits coast")
        .doesNotContain("Budget");
  }

  @Test
  void nothingNewSendsNothingAndKeepsTheLastDeliveredDigest() {
    clock.set(FIRE.plusSeconds(5));

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.NOTHING_NEW);

    assertThat(chat.sent()).isEmpty();
    assertThat(status(FIRE)).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(delivery(FIRE).failureReason()).contains("nothing new");
    assertThat(log.lastDelivered(CHAT)).isEmpty();
  }

  @Test
  void nothingNewSendsOneLineWhenConfigured() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    service(true).deliver(subscription, FIRE);
    clock.set(NEXT_FIRE.plusSeconds(5));

    assertThat(service(true).deliver(subscription, NEXT_FIRE)).isEqualTo(DeliveryOutcome.SENT);

    assertThat(chat.sent().get(1).reply().text())
        .isEqualTo("Nothing new since Fri 27 Nov 07:30 CET.");
  }

  @Test
  void theSameScheduledDigestIsSentOnce() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    DigestService service = service(false);

    assertThat(service.deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.SENT);
    assertThat(service.deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.DUPLICATE);
    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.DUPLICATE);

    assertThat(chat.sent()).hasSize(1);
  }

  @Test
  void concurrentDeliveriesOfOneDigestSendItOnce() throws Exception {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    DigestService service = service(false);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<DeliveryOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          () -> {
            start.await();
            return service.deliver(subscription, FIRE);
          });
    }
    List<Future<DeliveryOutcome>> futures = new ArrayList<>();
    calls.forEach(call -> futures.add(pool.submit(call)));
    start.countDown();

    List<DeliveryOutcome> outcomes = new ArrayList<>();
    for (Future<DeliveryOutcome> future : futures) {
      outcomes.add(future.get());
    }
    assertThat(outcomes).containsOnlyOnce(DeliveryOutcome.SENT);
    assertThat(outcomes).filteredOn(DeliveryOutcome.DUPLICATE::equals).hasSize(7);
    assertThat(chat.sent()).hasSize(1);
  }

  @Test
  void aDigestLateByTheGraceOrMoreIsSkippedAndRecorded() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plus(Duration.ofMinutes(16)));

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.SKIPPED_LATE);
    clock.set(NEXT_FIRE.plus(Duration.ofMinutes(15)));
    assertThat(service(false).deliver(subscription, NEXT_FIRE))
        .isEqualTo(DeliveryOutcome.SKIPPED_LATE);

    assertThat(chat.sent()).isEmpty();
    assertThat(delivery(FIRE).status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(delivery(FIRE).failureReason()).contains("late by 16 min (grace 15 min)");
  }

  @Test
  void aMissedDigestIsRecordedAsSkippedOnceAndNeverSentAfterwards() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plus(Duration.ofHours(3)));

    assertThat(service(false).skipMissed(subscription.id(), FIRE, "the bot was down")).isTrue();
    assertThat(service(false).skipMissed(subscription.id(), FIRE, "the bot was down")).isFalse();
    clock.set(FIRE.plusSeconds(1));
    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.DUPLICATE);

    assertThat(chat.sent()).isEmpty();
    assertThat(status(FIRE)).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(delivery(FIRE).failureReason()).contains("the bot was down");
  }

  @Test
  void aDigestLateByLessThanTheGraceIsSentOnce() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plus(Duration.ofMinutes(15)).minusSeconds(1));

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.SENT);
    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.DUPLICATE);

    assertThat(chat.sent()).hasSize(1);
  }

  @Test
  void aFailedSendIsRecordedAndNotRetried() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    chat.failNext(new IllegalStateException("platform down"));

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.FAILED);
    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.DUPLICATE);

    assertThat(chat.sent()).isEmpty();
    assertThat(status(FIRE)).isEqualTo(DeliveryStatus.FAILED);
    assertThat(delivery(FIRE).failureReason()).hasValueSatisfying(r -> r.contains("platform down"));
  }

  @Test
  void aDigestOfARemovedOrPausedSubscriptionIsNotSent() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    subscriptions.pauseChat(CHAT);

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.CANCELLED);
    subscriptions.resumeChat(CHAT);
    subscriptions.remove(subscription.id());
    assertThat(service(false).deliver(subscription, NEXT_FIRE))
        .isEqualTo(DeliveryOutcome.CANCELLED);

    assertThat(chat.sent()).isEmpty();
    assertThat(status(FIRE)).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(delivery(FIRE).failureReason()).contains("removed or paused");
  }

  @Test
  void aDigestGoesWhereTheSubscriptionIsNowAfterTheChatMoved() {
    add("budget.txt", "Budget passes", "The council voted.");
    clock.set(FIRE.plusSeconds(5));
    ChatAddress migrated = ChatAddress.of("test", "chat-1-supergroup");
    subscriptions.moveChat(CHAT, migrated);

    assertThat(service(false).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.SENT);

    assertThat(chat.sent())
        .singleElement()
        .satisfies(s -> assertThat(s.chat()).isEqualTo(migrated));
  }

  @Test
  void aDigestListsTheNewestTwentyArticlesAndCountsTheRest() {
    for (int i = 1; i <= 23; i++) {
      add("story-" + i + ".txt", "Story number " + i, "Something happened " + i + " times.");
    }
    clock.set(FIRE);

    service(false).deliver(subscription, FIRE);

    String text = onlySent().text();
    assertThat(text)
        .startsWith("Your first digest: 23 articles.")
        .contains("1. Story number 23", "20. Story number 4")
        .doesNotContain("Story number 3\n")
        .endsWith("…and 3 more articles: /articles lists them all.");
  }

  @Test
  void anArticleWithoutSourceHasNoSourceLine() {
    Sentence title = new Sentence(1, 0, "Quiet day");
    articles.save(
        engine.analyze(
            new Article(
                "q1", "Quiet day", Optional.empty(), List.of("Quiet day"), List.of(title))));

    Optional<Reply> digest = service(false).compose(CHAT, BERLIN);

    assertThat(digest).hasValueSatisfying(d -> assertThat(d.text()).doesNotContain("Source"));
  }

  @Test
  void anAskedForDigestIsNotRecordedSoTheNextScheduledOneStillListsItsArticles() {
    add("budget.txt", "Budget passes", "The council voted.");
    DigestService service = service(false);

    assertThat(service.composeNow(CHAT, BERLIN).text()).startsWith("Your first digest: 1 article.");
    assertThat(log.lastDelivered(CHAT)).isEmpty();

    clock.set(FIRE.plusSeconds(5));
    service.deliver(subscription, FIRE);
    assertThat(onlySent().text()).contains("Budget passes");
    assertThat(service.composeNow(CHAT, BERLIN).text())
        .isEqualTo("Nothing new since Fri 27 Nov 07:30 CET.");
  }

  @Test
  void anAskedForDigestWithNoArticlesAtAllSaysSo() {
    assertThat(service(false).composeNow(CHAT, BERLIN).text()).isEqualTo("Nothing new yet.");
  }

  private DigestService service(boolean sendWhenEmpty) {
    return new DigestService(
        engine,
        articles,
        subscriptions,
        log,
        chat,
        clock,
        new DigestOptions(DigestOptions.DEFAULT_MISFIRE_GRACE, sendWhenEmpty));
  }

  private void add(String name, String... lines) {
    articles.save(engine.analyze(new FakeArticleReader().parse(name, String.join("\n", lines))));
    clock.advance(Duration.ofMinutes(1));
  }

  private Reply onlySent() {
    assertThat(chat.sent()).hasSize(1);
    assertThat(chat.sent().get(0).chat()).isEqualTo(CHAT);
    return chat.sent().get(0).reply();
  }

  private Delivery delivery(Instant fire) {
    return log.find(subscription.id(), fire).orElseThrow();
  }

  private DeliveryStatus status(Instant fire) {
    return delivery(fire).status();
  }
}
