package dev.briefing.slack;

import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs scheduled tasks only when a test moves the clock: no threads, no sleeps. */
final class ManualScheduler implements TaskScheduler {
  private record Task(Instant due, long order, Runnable task) {}

  private final MutableClock clock;
  private final List<Task> tasks = new ArrayList<>();
  private long order;

  ManualScheduler(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void schedule(Runnable task, Duration delay) {
    Duration wait = delay.isNegative() ? Duration.ZERO : delay;
    tasks.add(new Task(clock.instant().plus(wait), order++, task));
  }

  /** Runs every task due by now, including those they schedule for now. */
  void runDue() {
    Task next;
    while ((next = nextDue()) != null) {
      tasks.remove(next);
      next.task().run();
    }
  }

  /** Moves the clock forward and runs what became due. */
  void advance(Duration duration) {
    clock.advance(duration);
    runDue();
  }

  private Task nextDue() {
    return tasks.stream()
        .filter(t -> !t.due().isAfter(clock.instant()))
        .min(Comparator.comparing(Task::due).thenComparing(Task::order))
        .orElse(null);
  }
}
