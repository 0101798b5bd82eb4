package dev.briefing.core.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * Port: each conversation's last question, keyed by platform, chat and thread, kept for {@link
 * #TTL} so follow-ups resolve against it. Lives in the database in production, so a restart or
 * another instance sees the same conversation. Implementations are thread-safe.
 */
public interface ConversationStore {
  /** How long a question stays the one follow-ups refer to. */
  Duration TTL = Duration.ofMinutes(30);

  /**
   * The conversation at {@code chat} (its thread included), if one was saved there less than {@link
   * #TTL} before the store's clock's now.
   */
  Optional<Conversation> find(ChatAddress chat);

  /** Saves (replaces) the conversation at {@code chat}. */
  void save(ChatAddress chat, Conversation conversation);
}
