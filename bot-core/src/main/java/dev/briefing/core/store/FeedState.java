package dev.briefing.core.store;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is remembered about one feed between polls: what {@link FeedStateStore} keeps.
 *
 * @param feedUrl the feed
 * @param validators the ETag and Last-Modified of the last 200 response
 * @param seenKeys de-duplication keys of items already handled, oldest first
 * @param consecutiveFailures failed polls since the last success
 * @param lastError the last failure's message, while failing
 * @param nextAttempt when the feed is due again
 */
public record FeedState(
    URI feedUrl,
    CacheValidators validators,
    List<String> seenKeys,
    int consecutiveFailures,
    Optional<String> lastError,
    Instant nextAttempt) {
  public FeedState {
    if (feedUrl == null) {
      throw new IllegalArgumentException("feedUrl must not be null");
    }
    validators = validators == null ? CacheValidators.NONE : validators;
    seenKeys = List.copyOf(seenKeys);
    if (consecutiveFailures < 0) {
      throw new IllegalArgumentException(
          "consecutiveFailures must not be negative, was " + consecutiveFailures);
    }
    lastError = lastError == null ? Optional.empty() : lastError;
    if (nextAttempt == null) {
      throw new IllegalArgumentException("nextAttempt must not be null");
    }
  }

  /** A feed never polled, due at {@code now}. */
  public static FeedState fresh(URI feedUrl, Instant now) {
    return new FeedState(feedUrl, CacheValidators.NONE, List.of(), 0, Optional.empty(), now);
  }

  /**
   * After a successful poll: failures cleared, new keys appended, the oldest beyond max dropped.
   */
  public FeedState succeeded(
      CacheValidators newValidators, List<String> newKeys, Instant next, int maxKeys) {
    Set<String> keys = new LinkedHashSet<>(seenKeys);
    keys.addAll(newKeys);
    List<String> kept = new ArrayList<>(keys);
    if (kept.size() > maxKeys) {
      kept = kept.subList(kept.size() - maxKeys, kept.size());
    }
    return new FeedState(feedUrl, newValidators, kept, 0, Optional.empty(), next);
  }

  /** After a failed poll: one more failure, retried at {@code next}. */
  public FeedState failed(String error, Instant next) {
    return new FeedState(
        feedUrl, validators, seenKeys, consecutiveFailures + 1, Optional.of(error), next);
  }
}
