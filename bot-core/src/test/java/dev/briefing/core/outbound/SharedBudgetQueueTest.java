package dev.briefing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The outbound queue with a {@link RateBudget} shared with other instances. */
class SharedBudgetQueueTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final Duration SLOT = Duration.ofMillis(100);

  private final MutableClock clock = new MutableClock(START);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<Instant> sentAt = new ArrayList<>();
  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicBoolean budgetDown = new AtomicBoolean();

  /** Hands out a slot every 100 ms in the order asked, as the database-backed budget does. */
  private final RateBudget slots =
      new RateBudget() {
        private Instant next = Instant.MIN;

        @Override
        public Duration take(Instant now) {
          asked.incrementAndGet();
          if (budgetDown.get()) {
            throw new IllegalStateException("database down");
          }
          Instant slot = next.isAfter(now) ? next : now;
          next = slot.plus(SLOT);
          return Duration.between(now, slot);
        }
      };

  @Test
  void sendsAtTheSlotsTheSharedBudgetReservesAndAsksOncePerSend() {
    OutboundQueue<String> queue = queue(slots);
    queue.enqueue(List.of(message("1", "a"), message("2", "b"), message("3", "c")));

    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sentAt).containsExactly(START, START.plus(SLOT), START.plus(SLOT.multipliedBy(2)));
    assertThat(asked).hasValue(3);
  }

  @Test
  void slotsTakenByAnotherInstanceDelayThisOne() {
    slots.take(START); // another instance took the first two slots
    slots.take(START);
    OutboundQueue<String> queue = queue(slots);

    queue.enqueue(List.of(message("1", "a")));
    scheduler.runUntilIdle(Duration.ofMinutes(1));

    assertThat(sentAt).containsExactly(START.plus(SLOT.multipliedBy(2)));
  }

  @Test
  void aFailingBudgetHoldsMessagesBackAndLosesNone() {
    budgetDown.set(true);
    OutboundQueue<String> queue = queue(slots);
    queue.enqueue(List.of(message("1", "a")));
    scheduler.runDue();
    assertThat(sentAt).isEmpty();

    budgetDown.set(false);
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(sentAt).containsExactly(START.plusSeconds(1));
    assertThat(queue.depth()).isZero();
  }

  @Test
  void withoutASharedBudgetOnlyThePlatformLimitsPace() {
    OutboundQueue<String> queue = queue(RateBudget.unlimited());
    queue.enqueue(List.of(message("1", "a"), message("2", "b"), message("3", "c")));

    scheduler.runDue();

    assertThat(sentAt).containsExactly(START, START, START);
  }

  private OutboundQueue<String> queue(RateBudget budget) {
    return new OutboundQueue<>(
        OutboundPlatform.of(
            "test",
            "Test chat",
            m -> sentAt.add(clock.instant()),
            e -> new SendFailure.Rejected(e.getMessage()),
            e -> "error"),
        RateLimits.perChat(Duration.ofSeconds(1)).sharing(budget),
        ChatEvents.updating(new InMemorySubscriptionRepository(clock), "Test chat"),
        clock,
        scheduler,
        3,
        Duration.ofSeconds(1),
        BotMetrics.NONE);
  }

  private static Outgoing<String> message(String chatId, String text) {
    return Outgoing.of(ChatAddress.of("test", chatId), text, ReplyParts.single(), null);
  }
}
