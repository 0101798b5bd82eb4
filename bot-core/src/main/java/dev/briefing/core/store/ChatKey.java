package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;

/**
 * A chat's identity for storage: platform and chat id. The thread is where a digest is posted, not
 * part of which chat it belongs to.
 */
record ChatKey(String platform, String chatId) {
  static ChatKey of(ChatAddress chat) {
    return new ChatKey(chat.platform(), chat.chatId());
  }

  boolean matches(ChatAddress chat) {
    return platform.equals(chat.platform()) && chatId.equals(chat.chatId());
  }

  /** {@code chat} moved to this key, keeping its thread. */
  ChatAddress moveHere(ChatAddress chat) {
    return new ChatAddress(platform, chatId, chat.threadId());
  }
}
