package dev.briefing.slack.testing;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Conversation;
import dev.briefing.core.chat.ConversationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ConversationStore} in a map, standing in for the database table that several instances
 * share: give the same one to two bots and each sees what the other saved. Honours {@link
 * ConversationStore#TTL} by its clock.
 */
public class FakeConversationStore implements ConversationStore {
  private final Map<ChatAddress, Conversation> conversations = new ConcurrentHashMap<>();
  private final Clock clock;

  public FakeConversationStore(Clock clock) {
    this.clock = clock;
  }

  /** A conversation about {@code question} at {@code chat}, asked now, as the engine saves one. */
  public void saveQuestion(ChatAddress chat, String question) {
    save(
        chat,
        new Conversation(
            question, Optional.empty(), Optional.empty(), List.of(), List.of(), clock.instant()));
  }

  @Override
  public Optional<Conversation> find(ChatAddress chat) {
    Instant oldest = clock.instant().minus(TTL);
    return Optional.ofNullable(conversations.get(chat)).filter(c -> c.at().isAfter(oldest));
  }

  @Override
  public void save(ChatAddress chat, Conversation conversation) {
    conversations.put(chat, conversation);
  }
}
