package dev.briefing.core.chat;

import java.util.Optional;

/**
 * Port: the article a chat focused its questions on ({@code /use}), keyed by platform and chat id
 * (not thread). The chat commands need only this much of a chat's settings; {@link
 * dev.briefing.core.store.ChatSettingsRepository} is the full port that storage adapters implement.
 * Implementations are thread-safe.
 */
public interface ChatFocus {
  /** The id of the article the chat focused its questions on, if any. */
  Optional<String> findFocus(ChatAddress chat);

  /** Focuses the chat's questions on one article, or on its whole scope again when empty. */
  void setFocus(ChatAddress chat, Optional<String> articleId);

  /** Keeps each chat's focus in memory for the life of the process: the console and tests. */
  static ChatFocus inMemory() {
    return new InMemoryChatFocus();
  }
}
