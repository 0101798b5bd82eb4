package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Instant post claims in memory for the life of the process: tests and the console chat. */
public final class InMemoryInstantPostLog implements InstantPostLog {
  private final Map<String, Map<String, Instant>> claimed = new ConcurrentHashMap<>();

  @Override
  public boolean claim(ChatAddress chat, String articleId, Instant now) {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("articleId must not be blank");
    }
    return claimed
            .computeIfAbsent(key(chat), k -> new ConcurrentHashMap<>())
            .putIfAbsent(articleId, now)
        == null;
  }

  @Override
  public List<String> claimedSince(ChatAddress chat, Instant since) {
    return claimed.getOrDefault(key(chat), Map.of()).entrySet().stream()
        .filter(e -> !e.getValue().isBefore(since))
        .sorted(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String key(ChatAddress chat) {
    return chat.platform() + '\u0000' + chat.chatId();
  }
}
