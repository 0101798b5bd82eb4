package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedFollow;
import dev.briefing.core.chat.FeedMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Feed follows in memory for the life of the process: tests and the console chat. */
public final class InMemoryFeedFollowRepository implements FeedFollowRepository {
  private final Map<ChatKey, Map<String, FeedMode>> byChat = new LinkedHashMap<>();
  private final Map<String, FeedFollow.LastItem> lastItems = new HashMap<>();

  @Override
  public synchronized boolean follow(ChatAddress chat, String feedUrl, FeedMode mode) {
    return byChat
            .computeIfAbsent(ChatKey.of(chat), k -> new LinkedHashMap<>())
            .putIfAbsent(feedUrl, mode)
        == null;
  }

  @Override
  public synchronized boolean changeMode(ChatAddress chat, String feedUrl, FeedMode mode) {
    Map<String, FeedMode> feeds = byChat.get(ChatKey.of(chat));
    return feeds != null && feeds.replace(feedUrl, mode) != null;
  }

  @Override
  public synchronized boolean unfollow(ChatAddress chat, String feedUrl) {
    Map<String, FeedMode> feeds = byChat.get(ChatKey.of(chat));
    return feeds != null && feeds.remove(feedUrl) != null;
  }

  @Override
  public synchronized List<FeedFollow> followsOf(ChatAddress chat) {
    return byChat.getOrDefault(ChatKey.of(chat), Map.of()).entrySet().stream()
        .map(
            e ->
                new FeedFollow(
                    e.getKey(), e.getValue(), Optional.ofNullable(lastItems.get(e.getKey()))))
        .toList();
  }

  @Override
  public synchronized List<String> allFeeds() {
    Set<String> all = new LinkedHashSet<>();
    byChat.values().forEach(feeds -> all.addAll(feeds.keySet()));
    return new ArrayList<>(all);
  }

  @Override
  public synchronized List<ChatAddress> instantChats(String feedUrl) {
    List<ChatAddress> chats = new ArrayList<>();
    byChat.forEach(
        (chat, feeds) -> {
          if (feeds.get(feedUrl) == FeedMode.INSTANT) {
            chats.add(ChatAddress.of(chat.platform(), chat.chatId()));
          }
        });
    return chats;
  }

  @Override
  public synchronized void recordLastItem(String feedUrl, String title, Instant storedAt) {
    lastItems.put(feedUrl, new FeedFollow.LastItem(title, storedAt));
  }
}
