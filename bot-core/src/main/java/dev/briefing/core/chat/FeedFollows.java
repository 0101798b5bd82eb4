package dev.briefing.core.chat;

import java.util.List;

/**
 * Port: which feeds each chat follows, and how ({@link FeedMode}), as {@code /feed} changes and
 * lists them. A chat is matched by platform and chat id, whatever the thread. {@link
 * dev.briefing.core.store.FeedFollowRepository} is the full port that storage adapters implement.
 * Implementations are thread-safe.
 */
public interface FeedFollows {
  /** The chat follows the feed for its digests; false when it already did. */
  default boolean follow(ChatAddress chat, String feedUrl) {
    return follow(chat, feedUrl, FeedMode.DIGEST);
  }

  /** The chat follows the feed in {@code mode}; false (mode unchanged) when it already did. */
  boolean follow(ChatAddress chat, String feedUrl, FeedMode mode);

  /** Changes how the chat takes a feed it follows; false when it does not follow it. */
  boolean changeMode(ChatAddress chat, String feedUrl, FeedMode mode);

  /** The chat stops following the feed; false when it did not follow it. */
  boolean unfollow(ChatAddress chat, String feedUrl);

  /** The feeds the chat follows, in the order it followed them. */
  default List<String> feedsOf(ChatAddress chat) {
    return followsOf(chat).stream().map(FeedFollow::feedUrl).toList();
  }

  /** The chat's follows with their modes and last items, in the order it followed them. */
  List<FeedFollow> followsOf(ChatAddress chat);
}
