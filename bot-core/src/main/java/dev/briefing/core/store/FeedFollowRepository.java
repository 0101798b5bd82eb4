package dev.briefing.core.store;

import dev.briefing.core.chat.FeedFollows;
import java.util.List;

/**
 * Port: which feeds each chat follows; a chat sees the articles of the feeds it follows. A chat is
 * matched by platform and chat id, whatever the thread. Implementations are thread-safe.
 */
public interface FeedFollowRepository extends FeedFollows {
  /** Every feed some chat follows, each once: what the poller reads. */
  List<String> allFeeds();
}
