package dev.briefing.core.chat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends each reply through the adapter of its chat's platform, so one digest service serves every
 * platform the bot runs on. Platforms register as they start, after the services that send through
 * this adapter exist. Thread-safe.
 */
public final class PlatformChatAdapter implements ChatAdapter {
  private final Map<String, ChatAdapter> byPlatform = new ConcurrentHashMap<>();

  /**
   * Sends the chats of {@code platform} (e.g. {@code console}, {@code telegram}) through {@code
   * adapter}, replacing any adapter it had.
   */
  public void register(String platform, ChatAdapter adapter) {
    byPlatform.put(platform, adapter);
  }

  /**
   * @throws IllegalStateException when the bot does not run on the chat's platform (a chat that
   *     subscribed on a platform since turned off)
   */
  @Override
  public void send(ChatAddress chat, Reply reply) {
    adapterOf(chat).send(chat, reply);
  }

  /** Delivers through the chat's platform; fails the future when the bot does not run on it. */
  @Override
  public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
    ChatAdapter adapter;
    try {
      adapter = adapterOf(chat);
    } catch (IllegalStateException e) {
      return CompletableFuture.failedFuture(e);
    }
    return adapter.deliver(chat, reply);
  }

  private ChatAdapter adapterOf(ChatAddress chat) {
    ChatAdapter adapter = byPlatform.get(chat.platform());
    if (adapter == null) {
      throw new IllegalStateException(
          "the bot is not running on "
              + chat.platform()
              + " (running on: "
              + String.join(", ", new TreeMap<>(byPlatform).keySet())
              + ")");
    }
    return adapter;
  }
}
