package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.util.List;

/**
 * Port: which feeds each chat follows; a chat sees the articles of the feeds it follows. A chat is
 * matched by platform and chat id, whatever the thread. Implementations are thread-safe.
 */
public interface FeedFollowRepository {
  /** The chat follows the feed; false when it already did. */
  boolean follow(ChatAddress chat, String feedUrl);

  /** The chat stops following the feed; false when it did not follow it. */
  boolean unfollow(ChatAddress chat, String feedUrl);

  /** The feeds the chat follows, in the order it followed them. */
  List<String> feedsOf(ChatAddress chat);

  /** Every feed some chat follows, each once: what the poller reads. */
  List<String> allFeeds();
}
