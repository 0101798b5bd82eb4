package dev.briefing.sources.feed;

import dev.briefing.core.store.FeedState;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * How a feed is doing, for the user and the logs.
 *
 * @param feedUrl the feed
 * @param consecutiveFailures failed polls since the last success (0 when healthy)
 * @param lastError the last failure's message, while failing
 * @param nextAttempt when it will be polled next
 */
public record FeedStatus(
    URI feedUrl, int consecutiveFailures, Optional<String> lastError, Instant nextAttempt) {
  public FeedStatus {
    if (feedUrl == null) {
      throw new IllegalArgumentException("feedUrl must not be null");
    }
    lastError = lastError == null ? Optional.empty() : lastError;
    if (nextAttempt == null) {
      throw new IllegalArgumentException("nextAttempt must not be null");
    }
  }

  /** How the feed whose polling state is {@code state} is doing. */
  public static FeedStatus of(FeedState state) {
    return new FeedStatus(
        state.feedUrl(), state.consecutiveFailures(), state.lastError(), state.nextAttempt());
  }

  /** True while the last poll failed. */
  public boolean failing() {
    return consecutiveFailures > 0;
  }
}
