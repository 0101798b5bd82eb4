package dev.briefing.core.chat;

import java.time.Instant;
import java.util.Optional;

/**
 * One feed a chat follows, as {@code /feed list} shows it.
 *
 * @param feedUrl the feed
 * @param mode how the chat takes its new items
 * @param lastItem the feed's newest item stored since it was followed, if any
 */
public record FeedFollow(String feedUrl, FeedMode mode, Optional<LastItem> lastItem) {
  public FeedFollow {
    if (feedUrl == null || feedUrl.isBlank()) {
      throw new IllegalArgumentException("feedUrl must not be blank");
    }
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    lastItem = lastItem == null ? Optional.empty() : lastItem;
  }

  /** A feed followed in {@code mode} with no item stored yet. */
  public static FeedFollow of(String feedUrl, FeedMode mode) {
    return new FeedFollow(feedUrl, mode, Optional.empty());
  }

  /**
   * The newest item a poll stored for a feed.
   *
   * @param title its title
   * @param storedAt when the poll stored it
   */
  public record LastItem(String title, Instant storedAt) {
    public LastItem {
      if (title == null) {
        throw new IllegalArgumentException("title must not be null");
      }
      if (storedAt == null) {
        throw new IllegalArgumentException("storedAt must not be null");
      }
    }
  }
}
