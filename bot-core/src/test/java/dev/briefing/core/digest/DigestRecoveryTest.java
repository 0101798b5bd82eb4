package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Digests are marked sent only once the platform accepted them; a digest handed back or abandoned
 * by a dead sender is sent by a recovery pass, once.
 */
class DigestRecoveryTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant FIRE = Instant.parse("2026-11-27T06:30:00Z");
  private static final Duration LEASE = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(FIRE.minus(Duration.ofHours(2)));
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final InMemoryDeliveryLog log = new InMemoryDeliveryLog(subscriptions);
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final ScriptedChats chats = new ScriptedChats();
  private final List<DeliveryOutcome> counted = new CopyOnWriteArrayList<>();
  private final BotMetrics metrics =
      new BotMetrics() {
        @Override
        public void digest(DeliveryOutcome outcome) {
          counted.add(outcome);
        }
      };
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void aDigestIsMarkedSentOnlyOnceThePlatformAcceptedIt() throws Exception {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    CompletableFuture<Void> accepted = new CompletableFuture<>();
    chats.answerNext(accepted);
    clock.set(FIRE.plusSeconds(5));

    Future<DeliveryOutcome> outcome = pool.submit(() -> service().deliver(subscription, FIRE));
    assertThat(chats.called.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(status(subscription)).isEqualTo(DeliveryStatus.CLAIMED);
    accepted.complete(null);

    assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(DeliveryOutcome.SENT);
    assertThat(status(subscription)).isEqualTo(DeliveryStatus.SENT);
    assertThat(counted).containsExactly(DeliveryOutcome.SENT);
  }

  @Test
  void theDigestIsRecordedSentOnThePlatformsThreadBeforeThatThreadSendsAnythingElse()
      throws Exception {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    CompletableFuture<Void> accepted = new CompletableFuture<>();
    chats.answerNext(accepted);
    clock.set(FIRE.plusSeconds(5));
    Future<DeliveryOutcome> outcome = pool.submit(() -> service().deliver(subscription, FIRE));
    assertThat(chats.called.await(10, TimeUnit.SECONDS)).isTrue();
    while (accepted.getNumberOfDependents() == 0 && !outcome.isDone()) {
      Thread.onSpinWait(); // the sender is about to wait on it
    }

    accepted.complete(null); // the platform's sending thread, as the adapter completes it

    assertThat(status(subscription)).isEqualTo(DeliveryStatus.SENT);
    assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo(DeliveryOutcome.SENT);
  }

  @Test
  void aRefusedDigestIsFailedAndNeverSentAgain() {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    chats.answerNext(CompletableFuture.failedFuture(NotDelivered.refused("403 bot was blocked")));
    clock.set(FIRE.plusSeconds(5));

    assertThat(service().deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.FAILED);
    clock.advance(LEASE.multipliedBy(3));

    assertThat(service().recoverAbandoned()).isEmpty();
    Delivery failed = log.find(subscription.id(), FIRE).orElseThrow();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.failureReason()).contains("refused: 403 bot was blocked");
    assertThat(chats.calls).hasSize(1);
    assertThat(counted).containsExactly(DeliveryOutcome.FAILED);
  }

  @Test
  void aDigestHandedBackAtShutdownIsReleasedAndSentByTheNextRecoveryPass() {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    chats.answerNext(CompletableFuture.failedFuture(NotDelivered.handedBack("adapter closed")));
    clock.set(FIRE.plusSeconds(5));

    assertThat(service().deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.HANDED_BACK);
    assertThat(status(subscription)).isEqualTo(DeliveryStatus.RELEASED);
    clock.advance(Duration.ofSeconds(30));

    assertThat(service().recoverAbandoned()).containsExactly(DeliveryOutcome.SENT);
    assertThat(service().recoverAbandoned()).isEmpty();
    Delivery sent = log.find(subscription.id(), FIRE).orElseThrow();
    assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(chats.calls).hasSize(2).allSatisfy(c -> assertThat(c).isEqualTo("chat-1"));
    assertThat(counted).containsExactly(DeliveryOutcome.HANDED_BACK, DeliveryOutcome.SENT);
  }

  @Test
  void aDeadSendersClaimIsSentOnceItsLeaseRanOutHoweverLateItIs() {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    // The sender claimed it in time, then was killed before the platform accepted it.
    log.claim(subscription.id(), FIRE, FIRE.plusSeconds(1));
    clock.set(FIRE.plus(LEASE));

    assertThat(service().recoverAbandoned()).isEmpty();
    clock.set(FIRE.plus(LEASE).plus(LEASE)); // later than the 15-minute grace too

    assertThat(service().recoverAbandoned()).containsExactly(DeliveryOutcome.SENT);
    assertThat(service().recoverAbandoned()).isEmpty();
    assertThat(chats.calls).containsExactly("chat-1");
    assertThat(status(subscription)).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void twoNodesRecoveringAtOnceSendEachAbandonedDigestOnce() throws Exception {
    List<Subscription> dead = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Subscription subscription = subscribe("chat-" + i);
      log.claim(subscription.id(), FIRE, FIRE);
      dead.add(subscription);
    }
    addArticle();
    clock.set(FIRE.plus(LEASE).plusSeconds(1));
    DigestService first = service();
    DigestService second = service();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<DeliveryOutcome>>> passes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      DigestService node = i % 2 == 0 ? first : second;
      passes.add(
          pool.submit(
              () -> {
                start.await();
                return node.recoverAbandoned();
              }));
    }
    start.countDown();

    List<DeliveryOutcome> outcomes = new ArrayList<>();
    for (Future<List<DeliveryOutcome>> pass : passes) {
      outcomes.addAll(pass.get(30, TimeUnit.SECONDS));
    }
    assertThat(outcomes).filteredOn(DeliveryOutcome.SENT::equals).hasSize(30);
    assertThat(chats.calls).hasSize(30).doesNotHaveDuplicates();
    assertThat(dead).allSatisfy(s -> assertThat(status(s)).isEqualTo(DeliveryStatus.SENT));
  }

  @Test
  void anAbandonedDigestOfARemovedOrPausedSubscriptionIsSkipped() {
    Subscription removed = subscribe("chat-1");
    Subscription paused = subscribe("chat-2");
    addArticle();
    log.claim(removed.id(), FIRE, FIRE);
    log.claim(paused.id(), FIRE, FIRE);
    subscriptions.remove(removed.id());
    subscriptions.pauseChat(ChatAddress.of("test", "chat-2"));
    clock.set(FIRE.plus(LEASE).plusSeconds(1));

    assertThat(service().recoverAbandoned())
        .containsExactly(DeliveryOutcome.CANCELLED, DeliveryOutcome.CANCELLED);

    assertThat(chats.calls).isEmpty();
    assertThat(status(removed)).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(status(paused)).isEqualTo(DeliveryStatus.SKIPPED);
  }

  @Test
  void aDigestWhoseSendersKeepDyingIsGivenUp() {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    log.claim(subscription.id(), FIRE, FIRE);
    Instant now = FIRE;
    for (int attempt = 2; attempt <= DigestService.MAX_ATTEMPTS; attempt++) {
      now = now.plus(LEASE).plusSeconds(1);
      assertThat(log.reclaim(subscription.id(), FIRE, now, now.minus(LEASE))).isTrue();
    }
    clock.set(now.plus(LEASE).plusSeconds(1));

    assertThat(service().recoverAbandoned()).containsExactly(DeliveryOutcome.FAILED);

    assertThat(chats.calls).isEmpty();
    assertThat(log.find(subscription.id(), FIRE).orElseThrow().failureReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("gave up after 5"));
  }

  @Test
  void aDigestThePlatformDoesNotAnswerWithinTheWaitIsFailedThenSentWhenAcceptedLate() {
    Subscription subscription = subscribe("chat-1");
    addArticle();
    CompletableFuture<Void> accepted = new CompletableFuture<>();
    chats.answerNext(accepted);
    clock.set(FIRE.plusSeconds(5));
    DigestOptions shortLease = DigestOptions.defaults().withClaimLease(Duration.ofSeconds(2));

    assertThat(service(shortLease).deliver(subscription, FIRE)).isEqualTo(DeliveryOutcome.FAILED);
    assertThat(log.find(subscription.id(), FIRE).orElseThrow().failureReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("no answer from the platform"));

    accepted.complete(null);
    assertThat(status(subscription)).isEqualTo(DeliveryStatus.SENT);
    clock.advance(LEASE);
    assertThat(service(shortLease).recoverAbandoned()).isEmpty();
  }

  @Test
  void everyOutcomeIsCounted() {
    Subscription subscription = subscribe("chat-1");
    Subscription late = subscribe("chat-2");
    clock.set(FIRE.plusSeconds(5));
    DigestService service = service();

    service.deliver(subscription, FIRE); // nothing new yet
    service.deliver(subscription, FIRE);
    clock.set(FIRE.plus(Duration.ofMinutes(20)));
    service.deliver(late, FIRE);

    assertThat(counted)
        .containsExactly(
            DeliveryOutcome.NOTHING_NEW, DeliveryOutcome.DUPLICATE, DeliveryOutcome.SKIPPED_LATE);
  }

  private DigestService service() {
    return service(DigestOptions.defaults().withClaimLease(LEASE));
  }

  private DigestService service(DigestOptions options) {
    return new DigestService(
        engine,
        articles,
        subscriptions,
        log,
        chats,
        clock,
        options,
        chat -> Set.of(ArticleOrigin.everyone(), ArticleOrigin.chat(chat)),
        metrics);
  }

  private Subscription subscribe(String chatId) {
    return subscriptions.add(
        new NewSubscription(
            ChatAddress.of("test", chatId), LocalTime.of(7, 30), Subscription.EVERY_DAY, BERLIN));
  }

  private void addArticle() {
    articles.save(
        engine.analyze(new FakeArticleReader().parse("budget.txt", "Budget passes\nIt passed.")));
  }

  private DeliveryStatus status(Subscription subscription) {
    return log.find(subscription.id(), FIRE).orElseThrow().status();
  }

  /**
   * A chat adapter whose deliveries complete as the test says: the next scripted future, else
   * accepted at once. Records the chat of every delivery.
   */
  private static final class ScriptedChats implements ChatAdapter {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final CountDownLatch called = new CountDownLatch(1);
    private final Queue<CompletableFuture<Void>> answers = new ConcurrentLinkedQueue<>();

    void answerNext(CompletableFuture<Void> answer) {
      answers.add(answer);
    }

    @Override
    public void send(ChatAddress chat, Reply reply) {
      throw new UnsupportedOperationException("digests are delivered");
    }

    @Override
    public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
      calls.add(chat.chatId());
      called.countDown();
      CompletableFuture<Void> answer = answers.poll();
      return answer != null ? answer : CompletableFuture.completedFuture(null);
    }
  }
}
