package dev.briefing.slack;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waits of one graceful shutdown: each bounded by its timeout, then cut short; once the closing
 * thread is interrupted (before or during), the remaining steps still run but no longer wait. The
 * interrupt is restored by {@link #finish()}.
 */
final class Shutdown {
  /** A wait bounded by a timeout; true when what it waited for happened. */
  @FunctionalInterface
  interface BoundedWait {
    boolean await(Duration timeout) throws InterruptedException;
  }

  private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

  private boolean interrupted = Thread.interrupted();

  /** Waits for the executor's tasks at most {@code timeout}, then interrupts them. */
  void await(ExecutorService executor, Duration timeout, String what) {
    await(t -> executor.awaitTermination(t.toNanos(), TimeUnit.NANOSECONDS), timeout, what);
    if (!executor.isTerminated()) {
      executor.shutdownNow();
    }
  }

  /** Runs the wait unless interrupted; logs when it timed out. */
  void await(BoundedWait wait, Duration timeout, String what) {
    if (interrupted) {
      return;
    }
    try {
      if (!wait.await(timeout)) {
        log.warn("Stopped waiting for {} after {}", what, timeout);
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
  }

  /** Restores the closing thread's interrupt, if there was one. */
  void finish() {
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
