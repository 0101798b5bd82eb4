package dev.briefing.web.status;

import dev.briefing.core.store.FeedState;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the feeds table.
 *
 * @param url the feed's address
 * @param health "ok", "not polled yet", or "failing (n): the last error"
 * @param failing whether its last polls failed
 * @param items how many items the poller remembers having read
 * @param nextPoll when it is polled next, or empty before its first poll
 * @param mode "digest", or "instant for n chats"
 */
public record FeedRow(
    String url,
    String health,
    boolean failing,
    int items,
    Optional<Instant> nextPoll,
    String mode) {
  static FeedRow of(String url, Optional<FeedState> state, int instantChats) {
    String mode = instantChats == 0 ? "digest" : "instant for " + instantChats + " chat(s)";
    if (state.isEmpty()) {
      return new FeedRow(url, "not polled yet", false, 0, Optional.empty(), mode);
    }
    FeedState s = state.get();
    boolean failing = s.consecutiveFailures() > 0;
    String health =
        failing
            ? "failing (" + s.consecutiveFailures() + "): " + s.lastError().orElse("unknown error")
            : "ok";
    return new FeedRow(
        url, health, failing, s.seenKeys().size(), Optional.of(s.nextAttempt()), mode);
  }

  /** The next poll as the page shows it. */
  public String nextPollText() {
    return nextPoll.map(FailureRow::utc).orElse("—");
  }
}
