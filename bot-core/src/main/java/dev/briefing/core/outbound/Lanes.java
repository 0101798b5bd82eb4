package dev.briefing.core.outbound;

import dev.briefing.core.chat.ChatAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbound queue's waiting messages: one lane per chat, in order, chats taking turns. A lane
 * may be told to wait (a 429's retry_after, a back-off), and every message waits for the {@link
 * RatePolicy}, kept here under the same lock, and for the shared {@link RateBudget}. Once closed it
 * takes nothing more. Thread-safe.
 */
final class Lanes<P> {
  /**
   * What {@link #next} found: a message ready now, or else when the next one will be (null when
   * none is queued).
   */
  record Next<P>(Outgoing<P> ready, Instant wake) {}

  /** How long a reserved slot may lie in the past and still be used by a late drain. */
  static final Duration STALE_AFTER = Duration.ofSeconds(1);

  private final RatePolicy limits;
  private final Map<String, Lane<P>> lanes = new LinkedHashMap<>();
  private Instant reservedSlot; // a slot of the shared budget reserved, not used yet
  private boolean closed;

  Lanes(RatePolicy limits) {
    this.limits = limits;
  }

  /** Adds the messages at the back of their chats' lanes; false, adding none, once closed. */
  synchronized boolean addAll(List<Outgoing<P>> messages) {
    if (closed) {
      return false;
    }
    messages.forEach(message -> lane(message.chat().chatId()).pending.addLast(message));
    return true;
  }

  /** Takes the first message whose chat may be sent to at {@code now}, moving its chat last. */
  synchronized Next<P> next(Instant now) {
    if (reservedSlot != null && reservedSlot.plus(STALE_AFTER).isBefore(now)) {
      reservedSlot = null; // its message went elsewhere (dropped, handed back): the slot is past
    }
    if (reservedSlot != null && reservedSlot.isAfter(now) && !lanes.isEmpty()) {
      return new Next<>(null, reservedSlot); // the shared budget's next slot is ours, not yet
    }
    Instant wake = null;
    for (Iterator<Map.Entry<String, Lane<P>>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Lane<P>> entry = it.next();
      Lane<P> lane = entry.getValue();
      if (lane.pending.isEmpty()) {
        it.remove();
        continue;
      }
      Instant ready = limits.earliest(entry.getKey(), now);
      ready = ready.isBefore(lane.notBefore) ? lane.notBefore : ready;
      if (ready.isAfter(now)) {
        wake = wake == null || ready.isBefore(wake) ? ready : wake;
        continue;
      }
      if (reservedSlot == null) {
        Duration wait = limits.shared().take(now);
        if (wait.compareTo(Duration.ZERO) > 0) {
          reservedSlot = now.plus(wait);
          return new Next<>(null, reservedSlot);
        }
      }
      reservedSlot = null; // used by this send
      it.remove();
      lanes.put(entry.getKey(), lane); // to the back: chats take turns
      return new Next<>(lane.pending.pollFirst(), null);
    }
    return new Next<>(null, wake);
  }

  /** Counts a send to {@code chatId} that ended at {@code at}, for the rate limits. */
  synchronized void sent(String chatId, Instant at) {
    limits.record(chatId, at);
  }

  /** Puts a message back first in its lane, whose chat waits until {@code notBefore}. */
  synchronized boolean retry(Outgoing<P> message, Instant notBefore) {
    if (closed) {
      return false;
    }
    Lane<P> lane = lane(message.chat().chatId());
    lane.pending.addFirst(message);
    lane.notBefore = notBefore;
    return true;
  }

  /** Removes a chat's lane, returning the messages it held. */
  synchronized List<Outgoing<P>> drop(String chatId) {
    Lane<P> lane = lanes.remove(chatId);
    return lane == null ? List.of() : List.copyOf(lane.pending);
  }

  /** Moves the failed message and the rest of its chat's lane to the chat it became. */
  synchronized boolean migrate(Outgoing<P> failed, ChatAddress moved) {
    if (closed) {
      return false;
    }
    Lane<P> old = lanes.remove(failed.chat().chatId());
    Lane<P> target = lane(moved.chatId());
    target.pending.addFirst(failed.movedTo(moved));
    if (old != null) {
      old.pending.forEach(m -> target.pending.addLast(m.movedTo(moved)));
    }
    return true;
  }

  /** Closes, returning every message still waiting; nothing when already closed. */
  synchronized List<Outgoing<P>> close() {
    if (closed) {
      return List.of();
    }
    closed = true;
    List<Outgoing<P>> left = new ArrayList<>();
    lanes.values().forEach(lane -> left.addAll(lane.pending));
    lanes.clear();
    return left;
  }

  private Lane<P> lane(String chatId) {
    return lanes.computeIfAbsent(chatId, id -> new Lane<>());
  }

  private static final class Lane<P> {
    final Deque<Outgoing<P>> pending = new ArrayDeque<>();
    Instant notBefore = Instant.MIN;
  }
}
