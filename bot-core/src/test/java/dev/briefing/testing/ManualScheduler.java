package dev.briefing.testing;

import dev.briefing.core.outbound.TaskScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs scheduled tasks only when a test moves the clock: no threads, no sleeps. */
public final class ManualScheduler implements TaskScheduler {
  private record Task(Instant due, long order, Runnable task) {}

  private final MutableClock clock;
  private final List<Task> tasks = new ArrayList<>();
  private long order;

  public ManualScheduler(MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public void schedule(Runnable task, Duration delay) {
    Duration wait = delay.isNegative() ? Duration.ZERO : delay;
    tasks.add(new Task(clock.instant().plus(wait), order++, task));
  }

  /** Runs every task due by now, including those they schedule for now. */
  public void runDue() {
    Task next;
    while ((next = nextDue()) != null) {
      tasks.remove(next);
      next.task().run();
    }
  }

  /** Moves the clock forward and runs what became due. */
  public void advance(Duration duration) {
    clock.advance(duration);
    runDue();
  }

  /** Jumps from task to task until nothing is scheduled or {@code limit} is reached. */
  public void runUntilIdle(Duration limit) {
    Instant end = clock.instant().plus(limit);
    runDue();
    while (!tasks.isEmpty()) {
      Instant due = tasks.stream().map(Task::due).min(Comparator.naturalOrder()).orElseThrow();
      if (due.isAfter(end)) {
        return;
      }
      if (due.isAfter(clock.instant())) {
        clock.set(due);
      }
      runDue();
    }
  }

  private Task nextDue() {
    return tasks.stream()
        .filter(t -> !t.due().isAfter(clock.instant()))
        .min(Comparator.comparing(Task::due).thenComparing(Task::order))
        .orElse(null);
  }
}
