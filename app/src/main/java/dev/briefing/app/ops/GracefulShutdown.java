package dev.briefing.app.ops;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the running bot in order, once, whoever asks first: the SIGTERM hook or the end of {@code
 * run}. A second caller waits until the first has finished. A step that fails is logged and the
 * next still runs, so the database is closed even when a platform hangs up badly.
 */
public final class GracefulShutdown {
  private static final Logger log = LoggerFactory.getLogger(GracefulShutdown.class);

  private record Step(String name, Runnable action) {}

  private final List<Step> steps = new ArrayList<>();
  private boolean done;

  /** Adds a step, run after those added before it. */
  public synchronized GracefulShutdown then(String name, Runnable action) {
    if (done) {
      throw new IllegalStateException("already shut down");
    }
    steps.add(new Step(name, action));
    return this;
  }

  /** Runs every step in order, the first time it is called; later calls return at once. */
  public synchronized void run() {
    if (done) {
      return;
    }
    done = true;
    for (Step step : steps) {
      log.info("Shutting down: {}", step.name());
      try {
        step.action().run();
      } catch (RuntimeException e) {
        log.warn("Shutting down: {} failed", step.name(), e);
      }
    }
    log.info("Shut down");
  }
}
