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
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DeliveryLog} must do; each implementation runs it. */
public abstract class AbstractDeliveryLogContract {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "-1001");
  private static final Instant MORNING = Instant.parse("2026-03-02T07:00:00Z");
  private static final Instant NEXT_MORNING = MORNING.plus(Duration.ofDays(1));
  private static final Duration LEASE = Duration.ofMinutes(10);

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

  @Test
  void aSkippedDigestKeepsItsReasonIsNotDeliveredAndIsNotClaimedAgain() {
    long id = subscribe(CHAT);
    log.claim(id, MORNING, clock.instant());

    log.markSkipped(id, MORNING, clock.instant(), "late by 16 min (grace 15 min)");

    Delivery skipped = log.find(id, MORNING).orElseThrow();
    assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(skipped.failureReason()).contains("late by 16 min (grace 15 min)");
    assertThat(log.claim(id, MORNING, clock.instant())).isFalse();
    assertThat(log.lastDelivered(CHAT)).isEmpty();
    assertThatThrownBy(() -> log.markSkipped(id, NEXT_MORNING, clock.instant(), "x"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLiveClaimIsNotAbandonedUntilItsLeaseRunsOut() {
    long id = subscribe(CHAT);
    Instant claimedAt = clock.instant();
    log.claim(id, MORNING, claimedAt);

    assertThat(log.abandoned(claimedAt, 10)).isEmpty();
    assertThat(log.reclaim(id, MORNING, claimedAt.plusSeconds(5), claimedAt)).isFalse();

    Instant later = claimedAt.plus(LEASE).plusSeconds(1);
    Instant staleBefore = later.minus(LEASE);
    assertThat(log.abandoned(staleBefore, 10))
        .extracting(Delivery::subscriptionId, Delivery::status)
        .containsExactly(Tuple.tuple(id, DeliveryStatus.CLAIMED));
    assertThat(log.reclaim(id, MORNING, later, staleBefore)).isTrue();
    assertThat(log.reclaim(id, MORNING, later, staleBefore)).isFalse();
    assertThat(anotherNode().reclaim(id, MORNING, later, staleBefore)).isFalse();

    Delivery reclaimed = log.find(id, MORNING).orElseThrow();
    assertThat(reclaimed.status()).isEqualTo(DeliveryStatus.CLAIMED);
    assertThat(reclaimed.claimedAt()).isEqualTo(later);
    assertThat(reclaimed.attempts()).isEqualTo(2);
    assertThat(log.abandoned(staleBefore, 10)).isEmpty();
  }

  @Test
  void aReleasedClaimIsAbandonedAtOnceAndReclaimedOnce() {
    long id = subscribe(CHAT);
    Instant claimedAt = clock.instant();
    log.claim(id, MORNING, claimedAt);

    log.release(id, MORNING, clock.advance(Duration.ofSeconds(3)));

    assertThat(log.find(id, MORNING).orElseThrow().status()).isEqualTo(DeliveryStatus.RELEASED);
    assertThat(log.claim(id, MORNING, clock.instant())).isFalse();
    assertThat(log.abandoned(claimedAt.minus(LEASE), 10)).hasSize(1);
    Instant now = clock.advance(Duration.ofSeconds(1));
    assertThat(log.reclaim(id, MORNING, now, now.minus(LEASE))).isTrue();
    assertThat(anotherNode().reclaim(id, MORNING, now, now.minus(LEASE))).isFalse();
    log.markSent(id, MORNING, now);

    Delivery sent = log.find(id, MORNING).orElseThrow();
    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(log.lastDelivered(CHAT)).contains(MORNING);
  }

  @Test
  void finishedDigestsAreNeverAbandonedReleasedOrReclaimed() {
    long id = subscribe(CHAT);
    Instant claimedAt = clock.instant();
    sent(id, MORNING);
    log.claim(id, NEXT_MORNING, claimedAt);
    log.markFailed(id, NEXT_MORNING, claimedAt, "refused");
    log.claim(id, MORNING.plus(Duration.ofDays(2)), claimedAt);
    log.markSkipped(id, MORNING.plus(Duration.ofDays(2)), claimedAt, "nothing new");
    Instant muchLater = claimedAt.plus(Duration.ofDays(30));

    log.release(id, MORNING, muchLater);

    assertThat(log.abandoned(muchLater, 10)).isEmpty();
    assertThat(log.reclaim(id, MORNING, muchLater, muchLater)).isFalse();
    assertThat(log.reclaim(id, NEXT_MORNING, muchLater, muchLater)).isFalse();
    assertThat(log.find(id, MORNING).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(log.reclaim(id, MORNING.plus(Duration.ofDays(5)), muchLater, muchLater)).isFalse();
  }

  @Test
  void abandonedClaimsComeOldestFireTimeFirstUpToTheLimit() {
    long id = subscribe(CHAT);
    Instant claimedAt = clock.instant();
    for (int d = 4; d >= 0; d--) {
      log.claim(id, MORNING.plus(Duration.ofDays(d)), claimedAt);
    }

    assertThat(log.abandoned(claimedAt.plusSeconds(1), 3))
        .extracting(Delivery::scheduledFireTime)
        .containsExactly(MORNING, NEXT_MORNING, MORNING.plus(Duration.ofDays(2)));
  }

  @Test
  void racingRecoverersFromTwoNodesReclaimEachDeadClaimOnce() throws Exception {
    long id = subscribe(CHAT);
    int digests = 25;
    Instant claimedAt = clock.instant();
    for (int d = 0; d < digests; d++) {
      log.claim(id, MORNING.plus(Duration.ofDays(d)), claimedAt);
    }
    Instant now = claimedAt.plus(LEASE).plusSeconds(1);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> wins = new ArrayList<>();
    for (int r = 0; r < 8; r++) {
      DeliveryLog node = r % 2 == 0 ? log : anotherNode();
      Instant racerNow = now.plusMillis(r);
      Callable<Integer> racer =
          () -> {
            start.await();
            int won = 0;
            for (Delivery dead : node.abandoned(now.minus(LEASE), digests)) {
              boolean mine = node.reclaim(id, dead.scheduledFireTime(), racerNow, now.minus(LEASE));
              won += mine ? 1 : 0;
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
    assertThat(log.abandoned(now.minus(LEASE), digests)).isEmpty();
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
