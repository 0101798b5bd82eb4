package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chat filters in memory for the life of the process: tests and the console chat. */
public final class InMemoryChatFilterRepository implements ChatFilterRepository {
  /** Per chat: filter key → the filter as written, in the order added. */
  private final Map<ChatKey, LinkedHashMap<String, String>> byChat = new LinkedHashMap<>();

  @Override
  public synchronized boolean add(ChatAddress chat, String filter) {
    return byChat
            .computeIfAbsent(ChatKey.of(chat), k -> new LinkedHashMap<>())
            .putIfAbsent(ChatFilterRepository.key(filter), filter.strip())
        == null;
  }

  @Override
  public synchronized boolean remove(ChatAddress chat, String filter) {
    Map<String, String> filters = byChat.get(ChatKey.of(chat));
    return filters != null && filters.remove(ChatFilterRepository.key(filter)) != null;
  }

  @Override
  public synchronized int clear(ChatAddress chat) {
    Map<String, String> filters = byChat.remove(ChatKey.of(chat));
    return filters == null ? 0 : filters.size();
  }

  @Override
  public synchronized List<String> filtersOf(ChatAddress chat) {
    Map<String, String> filters = byChat.get(ChatKey.of(chat));
    return filters == null ? List.of() : List.copyOf(filters.values());
  }
}
