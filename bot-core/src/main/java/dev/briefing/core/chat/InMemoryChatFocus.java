package dev.briefing.core.chat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Each chat's focus in memory, keyed by platform and chat id whatever the thread. */
final class InMemoryChatFocus implements ChatFocus {
  private final Map<ChatAddress, String> focus = new ConcurrentHashMap<>();

  @Override
  public Optional<String> findFocus(ChatAddress chat) {
    return Optional.ofNullable(focus.get(key(chat)));
  }

  @Override
  public void setFocus(ChatAddress chat, Optional<String> articleId) {
    if (articleId.isPresent()) {
      focus.put(key(chat), articleId.get());
    } else {
      focus.remove(key(chat));
    }
  }

  private static ChatAddress key(ChatAddress chat) {
    return ChatAddress.of(chat.platform(), chat.chatId());
  }
}
