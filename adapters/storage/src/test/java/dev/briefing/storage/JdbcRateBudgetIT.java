package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.outbound.RateBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRateBudgetIT {
  private static final int PER_SECOND = 20;
  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final LastReadClock BUDGET_TIME = new LastReadClock();

  /** The system clock, remembering per thread the last time it told. */
  private static final class LastReadClock extends Clock {
    private final ThreadLocal<Instant> last = new ThreadLocal<>();

    Instant lastRead() {
      return last.get();
    }

    @Override
    public Instant instant() {
      Instant now = Clock.systemUTC().instant();
      last.set(now);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Test
  void twoInstancesTogetherGetSlotsAtMostTheRateApartAndAreNotStarved() throws Exception {
    RateBudget first = budget(database.dataSource(), "telegram:shared");
    RateBudget second = budget(database.openAnother().dataSource(), "telegram:shared");

    List<Long> slots = takeFromFourThreadsFor(Duration.ofSeconds(2), first, second);

    // Slots in the budget's own time (the clock read inside the take) are exact; the clock has
    // microseconds, so allow one.
    long tolerance = Duration.ofNanos(1_000).toNanos();
    for (int i = 1; i < slots.size(); i++) {
      assertThat(slots.get(i) - slots.get(i - 1)).isGreaterThan(SECOND / PER_SECOND - tolerance);
    }
    assertThat(mostInOneSecond(slots)).isLessThanOrEqualTo(PER_SECOND);
    assertThat(slots).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void instancesReserveTheNextSlotsInTheOrderTheyAsk() {
    RateBudget first = frozenBudget(database.dataSource(), "telegram:order");
    RateBudget second = frozenBudget(database.openAnother().dataSource(), "telegram:order");
    Duration slot = Duration.ofSeconds(1).dividedBy(PER_SECOND);

    assertThat(first.take(T0)).isZero();
    assertThat(second.take(T0)).isEqualTo(slot);
    assertThat(first.take(T0)).isEqualTo(slot.multipliedBy(2));
    assertThat(second.take(T0)).isEqualTo(slot.multipliedBy(3));
  }

  @Test
  void differentKeysHaveTheirOwnBudgets() {
    RateBudget telegram = frozenBudget(database.dataSource(), "telegram:one");
    RateBudget otherBot = frozenBudget(database.openAnother().dataSource(), "telegram:two");

    assertThat(telegram.take(T0)).isZero();
    assertThat(telegram.take(T0)).isPositive();
    assertThat(otherBot.take(T0)).isZero();
  }

  @Test
  void anEmptyBudgetSaysToWaitAtMostOneSendsShare() {
    RateBudget budget = frozenBudget(database.dataSource(), "telegram:wait");

    assertThat(budget.take(T0)).isZero();
    Duration wait = budget.take(T0);

    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1).dividedBy(PER_SECOND));
  }

  @Test
  void sharedGivesAPostgresDatabaseItsBudget() {
    Database postgres = database.openAnother();

    assertThat(JdbcRateBudget.shared(postgres, "telegram:factory", PER_SECOND))
        .hasValueSatisfying(budget -> assertThat(budget.take(Instant.now())).isZero());
  }

  private static RateBudget budget(DataSource dataSource, String key) {
    return new JdbcRateBudget(dataSource, key, PER_SECOND, BUDGET_TIME);
  }

  /** A budget whose time stands still, so no token comes back while a test looks. */
  private static RateBudget frozenBudget(DataSource dataSource, String key) {
    return new JdbcRateBudget(dataSource, key, PER_SECOND, Clock.fixed(T0, ZoneOffset.UTC));
  }

  /**
   * Two workers per budget, each reserving a slot, waiting for it and reserving the next, as the
   * outbound queue does; returns every slot in the budget's time (epoch nanoseconds), sorted.
   */
  private static List<Long> takeFromFourThreadsFor(Duration run, RateBudget... budgets)
      throws InterruptedException {
    ScheduledExecutorService threads = Executors.newScheduledThreadPool(4);
    ConcurrentLinkedQueue<Long> sends = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + run.toNanos();
    CountDownLatch done = new CountDownLatch(4);
    try {
      for (int worker = 0; worker < 4; worker++) {
        RateBudget budget = budgets[worker % budgets.length];
        threads.execute(new Worker(budget, threads, sends, end, done));
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).as("workers finished").isTrue();
    } finally {
      threads.shutdownNow();
    }
    List<Long> sorted = new ArrayList<>(sends);
    sorted.sort(null);
    return sorted;
  }

  private record Worker(
      RateBudget budget,
      ScheduledExecutorService threads,
      ConcurrentLinkedQueue<Long> sends,
      long end,
      CountDownLatch done)
      implements Runnable {
    @Override
    public void run() {
      if (System.nanoTime() >= end) {
        done.countDown();
        return;
      }
      Duration wait = budget.take(Instant.now());
      Instant read = BUDGET_TIME.lastRead(); // inside the take, while the row was locked
      sends.add(read.getEpochSecond() * SECOND + read.getNano() + wait.toNanos());
      threads.schedule(this, wait.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** The most sends in any half-open window [t, t + 1 s) that starts at a send. */
  private static int mostInOneSecond(List<Long> sorted) {
    int most = 0;
    int first = 0;
    for (int last = 0; last < sorted.size(); last++) {
      while (sorted.get(last) - sorted.get(first) >= SECOND) {
        first++;
      }
      most = Math.max(most, last - first + 1);
    }
    return most;
  }
}
