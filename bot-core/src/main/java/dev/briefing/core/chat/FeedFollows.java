package dev.briefing.core.chat;

import java.util.List;

/**
 * Port: which feeds each chat follows, as {@code /feed} changes and lists them. A chat is matched
 * by platform and chat id, whatever the thread. {@link
 * dev.briefing.core.store.FeedFollowRepository} is the full port that storage adapters implement.
 * Implementations are thread-safe.
 */
public interface FeedFollows {
  /** The chat follows the feed; false when it already did. */
  boolean follow(ChatAddress chat, String feedUrl);

  /** The chat stops following the feed; false when it did not follow it. */
  boolean unfollow(ChatAddress chat, String feedUrl);

  /** The feeds the chat follows, in the order it followed them. */
  List<String> feedsOf(ChatAddress chat);
}
