package dev.briefing.core.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversations in memory, for the console without a database and for tests: lost on restart. A
 * save drops the conversations that outlived {@link #TTL}, so the map stays as small as the chats
 * of the last half hour.
 */
public final class InMemoryConversationStore implements ConversationStore {
  private record Saved(Conversation conversation, Instant at) {}

  private final Map<ChatAddress, Saved> conversations = new ConcurrentHashMap<>();
  private final Clock clock;

  /**
   * @param clock when a conversation is saved, and when it expires
   */
  public InMemoryConversationStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Conversation> find(ChatAddress chat) {
    Instant now = clock.instant();
    return Optional.ofNullable(conversations.get(chat))
        .filter(saved -> live(saved, now))
        .map(Saved::conversation);
  }

  @Override
  public void save(ChatAddress chat, Conversation conversation) {
    Instant now = clock.instant();
    conversations.values().removeIf(saved -> !live(saved, now));
    conversations.put(chat, new Saved(conversation, now));
  }

  private static boolean live(Saved saved, Instant now) {
    return saved.at().plus(TTL).isAfter(now);
  }
}
