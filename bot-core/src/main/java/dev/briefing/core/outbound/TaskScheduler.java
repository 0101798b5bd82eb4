package dev.briefing.core.outbound;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay: an executor in production, a hand-driven fake in tests. */
@FunctionalInterface
public interface TaskScheduler {
  /** Runs {@code task} once, {@code delay} from now (zero or negative: as soon as possible). */
  void schedule(Runnable task, Duration delay);

  /** Schedules on an executor; tasks submitted after it shut down are dropped. */
  static TaskScheduler on(ScheduledExecutorService executor) {
    return (task, delay) -> {
      if (!executor.isShutdown()) {
        executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
      }
    };
  }
}
