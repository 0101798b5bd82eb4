package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Keeps subscriptions in memory for the life of the process: tests and the console chat. */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {
  private final Clock clock;
  private final Map<Long, Subscription> active = new TreeMap<>();
  // Removed subscriptions still own their delivery history, as the JDBC tombstones do.
  private final Map<Long, ChatAddress> removed = new TreeMap<>();
  private long lastId;

  public InMemorySubscriptionRepository(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Subscription add(NewSubscription request) {
    Subscription saved = Subscription.saved(++lastId, request, clock.instant());
    active.put(saved.id(), saved);
    return saved;
  }

  @Override
  public synchronized Optional<Subscription> findById(long id) {
    return Optional.ofNullable(active.get(id));
  }

  @Override
  public synchronized List<Subscription> findByChat(ChatAddress chat) {
    ChatKey key = ChatKey.of(chat);
    return active.values().stream().filter(s -> key.matches(s.chat())).toList();
  }

  @Override
  public synchronized List<Subscription> findAllActive() {
    return active.values().stream().filter(s -> !s.paused()).toList();
  }

  @Override
  public synchronized boolean remove(long id) {
    Subscription gone = active.remove(id);
    if (gone != null) {
      removed.put(id, gone.chat());
    }
    return gone != null;
  }

  @Override
  public synchronized int removeAllForChat(ChatAddress chat) {
    List<Subscription> ofChat = findByChat(chat);
    ofChat.forEach(s -> remove(s.id()));
    return ofChat.size();
  }

  @Override
  public synchronized int pauseChat(ChatAddress chat) {
    return update(chat, s -> !s.paused(), s -> s.withPause(Subscription.Pause.UNREACHABLE));
  }

  @Override
  public synchronized int resumeChat(ChatAddress chat) {
    return update(
        chat,
        s -> s.pause() == Subscription.Pause.UNREACHABLE,
        s -> s.withPause(Subscription.Pause.ACTIVE));
  }

  @Override
  public synchronized boolean setPause(long id, ChatAddress chat, Subscription.Pause pause) {
    return update(chat, s -> s.id() == id && s.pause() != pause, s -> s.withPause(pause)) == 1;
  }

  @Override
  public synchronized int moveChat(ChatAddress from, ChatAddress to) {
    ChatKey source = ChatKey.of(from);
    ChatKey target = ChatKey.of(to);
    removed.replaceAll((id, chat) -> source.matches(chat) ? target.moveHere(chat) : chat);
    return update(from, s -> true, s -> s.withChat(target.moveHere(s.chat())));
  }

  /** The chat a subscription belongs or belonged to, removed ones included. */
  synchronized Optional<ChatAddress> chatOf(long id) {
    Subscription current = active.get(id);
    return current != null ? Optional.of(current.chat()) : Optional.ofNullable(removed.get(id));
  }

  private int update(
      ChatAddress chat, Predicate<Subscription> which, UnaryOperator<Subscription> change) {
    List<Subscription> changed = new ArrayList<>();
    for (Subscription s : findByChat(chat)) {
      if (which.test(s)) {
        changed.add(change.apply(s));
      }
    }
    changed.forEach(s -> active.put(s.id(), s));
    return changed.size();
  }
}
