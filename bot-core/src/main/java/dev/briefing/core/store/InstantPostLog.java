package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.List;

/**
 * Port: the record that makes instant feed posts at most once. Whoever claims (platform, chat,
 * article) first posts it; every later claim, from this node or another, after a restart or from an
 * overlapping poll, is refused. A claim is never handed back: a post whose sender died between
 * claim and send is not posted (the article still reaches the chat's digests and /articles), so a
 * chat never sees the same item posted twice. Implementations are thread-safe and, on a shared
 * database, safe across nodes.
 */
public interface InstantPostLog {
  /**
   * Claims the post of {@code articleId} to {@code chat} (its platform and chat id, whatever the
   * thread): true only for the first caller for that key.
   */
  boolean claim(ChatAddress chat, String articleId, Instant now);

  /**
   * The articles claimed for {@code chat} (platform and chat id) at or after {@code since}, oldest
   * first: what instant posts group a new item with, so a story is posted once an hour.
   */
  List<String> claimedSince(ChatAddress chat, Instant since);
}
