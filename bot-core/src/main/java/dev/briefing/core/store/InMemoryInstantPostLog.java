package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Instant post claims in memory for the life of the process: tests and the console chat. */
public final class InMemoryInstantPostLog implements InstantPostLog {
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  @Override
  public boolean claim(ChatAddress chat, String articleId, Instant now) {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    return claimed.add(chat.platform() + '\u0000' + chat.chatId() + '\u0000' + articleId);
  }
}
