package dev.briefing.core.chat;

import java.util.Optional;

/**
 * What reading a feed once gave ({@link FeedProbe}): its title and how many items it lists, or why
 * it could not be read.
 *
 * @param title the feed's own title, when it has one and was read
 * @param items how many items the feed lists; 0 when it failed
 * @param failure why it could not be read (unreachable, an HTTP status, not a feed), if it failed
 */
public record FeedCheck(Optional<String> title, int items, Optional<String> failure) {
  public FeedCheck {
    title = title == null ? Optional.empty() : title.map(String::strip).filter(t -> !t.isEmpty());
    failure = failure == null ? Optional.empty() : failure.filter(f -> !f.isBlank());
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0, was " + items);
    }
    if (failure.isPresent() && (items > 0 || title.isPresent())) {
      throw new IllegalArgumentException("a failed check has no title or items, was " + title);
    }
  }

  /** A feed read: its title (may be blank) and item count. */
  public static FeedCheck read(String title, int items) {
    return new FeedCheck(Optional.ofNullable(title), items, Optional.empty());
  }

  /** A feed that could not be read, and why. */
  public static FeedCheck failed(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    return new FeedCheck(Optional.empty(), 0, Optional.of(reason));
  }

  /** Whether the feed was read. */
  public boolean ok() {
    return failure.isEmpty();
  }
}
