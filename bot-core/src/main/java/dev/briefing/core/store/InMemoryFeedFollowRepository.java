package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Feed follows in memory for the life of the process: tests and the console chat. */
public final class InMemoryFeedFollowRepository implements FeedFollowRepository {
  private final Map<ChatKey, Set<String>> byChat = new LinkedHashMap<>();

  @Override
  public synchronized boolean follow(ChatAddress chat, String feedUrl) {
    return byChat.computeIfAbsent(ChatKey.of(chat), k -> new LinkedHashSet<>()).add(feedUrl);
  }

  @Override
  public synchronized boolean unfollow(ChatAddress chat, String feedUrl) {
    Set<String> feeds = byChat.get(ChatKey.of(chat));
    return feeds != null && feeds.remove(feedUrl);
  }

  @Override
  public synchronized List<String> feedsOf(ChatAddress chat) {
    return List.copyOf(byChat.getOrDefault(ChatKey.of(chat), Set.of()));
  }

  @Override
  public synchronized List<String> allFeeds() {
    Set<String> all = new LinkedHashSet<>();
    byChat.values().forEach(all::addAll);
    return new ArrayList<>(all);
  }
}
