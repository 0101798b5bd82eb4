package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.testing.MutableClock;
import java.time.Clock;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryLog} must do; each implementation runs it. */
public abstract class AbstractDeliveryLogContract {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "-1001");
  private static final Instant MORNING = Instant.parse("2026-03-02T07:00:00Z");
  private static final Instant NEXT_MORNING = MORNING.plus(Duration.ofDays(1));

  protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final ExecutorService racers = Executors.newFixedThreadPool(8);
  private SubscriptionRepository subscriptions;
  private DeliveryLog log;

  /** A fresh, empty subscription repository; called before {@link #newDeliveryLog()}. */
  protected abstract SubscriptionRepository newSubscriptions(Clock clock);

  /** A fresh delivery log over the subscriptions {@link #newSubscriptions} returned. */
  protected abstract DeliveryLog newDeliveryLog();

  /**
   * The same log as another node sees it: a second connection pool on the same database. In memory
   * there is only one node, so it is the same log.
   */
  protected DeliveryLog anotherNode() {
    return log;
  }

  @BeforeEach
  void createStores() {
    subscriptions = newSubscriptions(clock);
    log = newDeliveryLog();
  }

  @AfterEach
  void stopRacers() {
    racers.shutdownNow();
  }

  @Test
  void onlyTheFirstClaimOfADigestWins() {
    long id = subscribe(CHAT);

    assertThat(log.claim(id, MORNING, clock.instant())).isTrue();
    assertThat(log.claim(id, MORNING, clock.instant().plusSeconds(30))).isFalse();
    assertThat(anotherNode().claim(id, MORNING, clock.instant())).isFalse();
  }

  @Test
  void eachSubscriptionAndFireTimeIsItsOwnDigest() {
    long first = subscribe(CHAT);
    long second = subscribe(CHAT);

    assertThat(log.claim(first, MORNING, clock.instant())).isTrue();
    assertThat(log.claim(first, NEXT_MORNING, clock.instant())).isTrue();
    assertThat(log.claim(second, MORNING, clock.instant())).isTrue();
  }

  @Test
  void fireTimesAreKeptToTheMicrosecond() {
    long id = subscribe(CHAT);
    Instant withNanos = MORNING.plusNanos(1_234_567);

    assertThat(log.claim(id, withNanos, clock.instant())).isTrue();
    assertThat(log.claim(id, MORNING.plusNanos(1_234_000), clock.instant())).isFalse();
    assertThat(log.find(id, withNanos).orElseThrow().scheduledFireTime())
        .isEqualTo(MORNING.plusNanos(1_234_000));
  }

  @Test
  void rejectsAClaimForAnUnknownSubscription() {
    assertThatThrownBy(() -> log.claim(424242, MORNING, clock.instant()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("424242");
  }

  @Test
  void recordsTheClaimThenTheSending() {
    long id = subscribe(CHAT);
    Instant claimedAt = clock.instant();
    log.claim(id, MORNING, claimedAt);
    assertThat(log.find(id, MORNING))
        .contains(
            new Delivery(
                id,
                MORNING,
                DeliveryStatus.CLAIMED,
                claimedAt,
                Optional.empty(),
                Optional.empty()));

    Instant sentAt = clock.advance(Duration.ofSeconds(2));
    log.markSent(id, MORNING, sentAt);

    assertThat(log.find(id, MORNING))
        .contains(
            new Delivery(
                id,
                MORNING,
                DeliveryStatus.SENT,
                claimedAt,
                Optional.of(sentAt),
                Optional.empty()));
    assertThat(log.find(id, NEXT_MORNING)).isEmpty();
  }

  @Test
  void aFailedDigestKeepsItsReasonAndIsNotClaimedAgain() {
    long id = subscribe(CHAT);
    log.claim(id, MORNING, clock.instant());
    Instant failedAt = clock.advance(Duration.ofSeconds(5));

    log.markFailed(id, MORNING, failedAt, "telegram: 403 bot was kicked");

    Delivery failed = log.find(id, MORNING).orElseThrow();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.finishedAt()).contains(failedAt);
    assertThat(failed.failureReason()).contains("telegram: 403 bot was kicked");
    assertThat(log.claim(id, MORNING, clock.instant())).isFalse();
    assertThat(log.lastDelivered(CHAT)).isEmpty();
  }

  @Test
  void markingADigestNobodyClaimedIsAnError() {
    long id = subscribe(CHAT);

    assertThatThrownBy(() -> log.markSent(id, MORNING, clock.instant()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> log.markFailed(id, MORNING, clock.instant(), "x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lastDeliveredIsTheLatestSentDigestAcrossTheChatsSubscriptions() {
    long morning = subscribe(CHAT);
    long evening = subscribe(new ChatAddress("telegram", "-1001", Optional.of("3")));
    long otherChat = subscribe(ChatAddress.of("telegram", "-2002"));
    sent(morning, MORNING);
    sent(evening, MORNING.plus(Duration.ofHours(11)));
    sent(otherChat, NEXT_MORNING);
    log.claim(morning, NEXT_MORNING, clock.instant());

    assertThat(log.lastDelivered(CHAT)).contains(MORNING.plus(Duration.ofHours(11)));
    assertThat(log.lastDelivered(ChatAddress.of("telegram", "-2002"))).contains(NEXT_MORNING);
    assertThat(log.lastDelivered(ChatAddress.of("slack", "-1001"))).isEmpty();
  }

  @Test
  void historyOutlivesUnsubscribingAndFollowsAMovedChat() {
    long id = subscribe(CHAT);
    sent(id, MORNING);
    subscriptions.remove(id);
    assertThat(log.lastDelivered(CHAT)).contains(MORNING);

    ChatAddress supergroup = ChatAddress.of("telegram", "-10042");
    subscriptions.moveChat(CHAT, supergroup);

    assertThat(log.lastDelivered(CHAT)).isEmpty();
    assertThat(log.lastDelivered(supergroup)).contains(MORNING);
  }

  @Test
  void racingClaimsFromTwoNodesGiveExactlyOneWinnerPerDigest() throws Exception {
    long id = subscribe(CHAT);
    int digests = 25;
    int racersPerNode = 4;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> wins = new ArrayList<>();
    for (int r = 0; r < racersPerNode * 2; r++) {
      DeliveryLog node = r % 2 == 0 ? log : anotherNode();
      Callable<Integer> racer =
          () -> {
            start.await();
            int won = 0;
            for (int d = 0; d < digests; d++) {
              won += node.claim(id, MORNING.plus(Duration.ofDays(d)), clock.instant()) ? 1 : 0;
            }
            return won;
          };
      wins.add(racers.submit(racer));
    }
    start.countDown();

    int total = 0;
    for (Future<Integer> win : wins) {
      total += win.get(60, TimeUnit.SECONDS);
    }
    assertThat(total).isEqualTo(digests);
    for (int d = 0; d < digests; d++) {
      assertThat(log.find(id, MORNING.plus(Duration.ofDays(d)))).isPresent();
    }
  }

  private long subscribe(ChatAddress chat) {
    return subscriptions
        .add(
            new NewSubscription(
                chat, LocalTime.of(8, 0), Subscription.EVERY_DAY, ZoneId.of("Europe/Berlin")))
        .id();
  }

  private void sent(long subscriptionId, Instant fireTime) {
    log.claim(subscriptionId, fireTime, clock.instant());
    log.markSent(subscriptionId, fireTime, clock.instant());
  }
}
