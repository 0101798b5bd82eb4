package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.util.List;
import java.util.Locale;

/**
 * Port: each chat's filters ({@code /filter add …}) as the chat wrote them. A chat is matched by
 * platform and chat id, whatever the thread. Two filters are the same when their {@link #key}s are:
 * the same words in any case and spacing. Implementations are thread-safe.
 */
public interface ChatFilterRepository {
  /** Adds a filter to the chat; false when the chat already has it. */
  boolean add(ChatAddress chat, String filter);

  /** Removes the filter from the chat; false when the chat did not have it. */
  boolean remove(ChatAddress chat, String filter);

  /** Removes every filter of the chat; how many there were. */
  int clear(ChatAddress chat);

  /** The chat's filters in the order it added them, as written. */
  List<String> filtersOf(ChatAddress chat);

  /** What makes two filters the same: lower case, single spaces. */
  static String key(String filter) {
    return filter.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
