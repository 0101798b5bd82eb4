package dev.briefing.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator that a shared {@link JdbcRateBudget} cannot reach its database, without
 * flooding the log: one warning a minute at most, and one line when the database answers again.
 * Logs the budget's key (a hash, never the credential) and the failure's root message.
 */
final class BudgetOutage {
  static final Duration WARN_EVERY = Duration.ofMinutes(1);
  private static final Logger log = LoggerFactory.getLogger(JdbcRateBudget.class);

  private final String key;
  private final int perSecond;
  private final AtomicReference<Instant> lastWarning = new AtomicReference<>();
  private final AtomicBoolean down = new AtomicBoolean();

  BudgetOutage(String key, int perSecond) {
    this.key = key;
    this.perSecond = perSecond;
  }

  /** The database failed at {@code at}; warns unless a warning went out in the last minute. */
  void failed(RuntimeException failure, Instant at) {
    down.set(true);
    Instant last = lastWarning.get();
    boolean due = last == null || !at.isBefore(last.plus(WARN_EVERY));
    if (due && lastWarning.compareAndSet(last, at)) {
      log.warn(
          "Shared send budget {} unreachable ({}); pacing this instance alone at {}/s, so the"
              + " cluster may exceed the platform's limit until the database answers",
          key,
          rootMessage(failure),
          perSecond);
    }
  }

  /** The database answered; says so once after an outage. */
  void ended() {
    if (down.get() && down.compareAndSet(true, false)) {
      log.info("Shared send budget {} reachable again", key);
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
