package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedFollows;
import java.time.Instant;
import java.util.List;

/**
 * Port: which feeds each chat follows; a chat sees the articles of the feeds it follows. A chat is
 * matched by platform and chat id, whatever the thread. Implementations are thread-safe.
 */
public interface FeedFollowRepository extends FeedFollows {
  /** Every feed some chat follows, each once: what the poller reads. */
  List<String> allFeeds();

  /** The chats following the feed in instant mode, each once, without threads. */
  List<ChatAddress> instantChats(String feedUrl);

  /** Records the feed's newest stored item, shown by {@code /feed list} to every follower. */
  void recordLastItem(String feedUrl, String title, Instant storedAt);
}
