package dev.briefing.core.chat;

import java.util.Optional;

/**
 * Where a message came from and where replies go, independent of any platform.
 *
 * @param platform the adapter name, e.g. {@code console}, {@code telegram}, {@code slack}
 * @param chatId the platform's chat, channel or conversation id
 * @param threadId the thread to reply in, when the platform has threads
 */
public record ChatAddress(String platform, String chatId, Optional<String> threadId) {
  public ChatAddress {
    if (platform == null || platform.isBlank()) {
      throw new IllegalArgumentException("platform must not be blank");
    }
    if (chatId == null || chatId.isBlank()) {
      throw new IllegalArgumentException("chatId must not be blank");
    }
    threadId = threadId == null ? Optional.empty() : threadId;
  }

  public static ChatAddress of(String platform, String chatId) {
    return new ChatAddress(platform, chatId, Optional.empty());
  }
}
