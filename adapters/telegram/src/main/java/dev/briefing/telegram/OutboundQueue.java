package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages within Telegram's rate limits, one chat's messages in order and chats in
 * turn. Sends run on the scheduler, never on the caller's thread. A failed send is retried (429
 * after the time Telegram names, 5xx and network errors with exponential back-off, up to {@code
 * maxAttempts} tries); 403 and migrations go to {@link ChatEvents}.
 */
final class OutboundQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

  private final MessageSender sender;
  private final RateLimits limits;
  private final ChatEvents events;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;
  private final Duration maxBackOff;

  private final Object lock = new Object();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final AtomicInteger drainRequests = new AtomicInteger();
  private Instant wakeScheduled;
  private boolean closed;

  OutboundQueue(
      MessageSender sender,
      RateLimits limits,
      ChatEvents events,
      Clock clock,
      TaskScheduler scheduler,
      int maxAttempts,
      Duration firstBackOff) {
    this.sender = sender;
    this.limits = limits;
    this.events = events;
    this.clock = clock;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
    this.firstBackOff = firstBackOff;
    this.maxBackOff = Duration.ofMinutes(1);
  }

  void enqueue(OutboundMessage message) {
    synchronized (lock) {
      if (closed) {
        log.warn("Dropped a message to Telegram chat {}: the adapter is closed", message.chat());
        return;
      }
      lanes.computeIfAbsent(message.chat().chatId(), id -> new Lane()).pending.addLast(message);
    }
    scheduler.schedule(this::drain, Duration.ZERO);
  }

  /** Messages not yet sent, for tests and shutdown logs. */
  int pending() {
    synchronized (lock) {
      return lanes.values().stream().mapToInt(l -> l.pending.size()).sum();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      int dropped = lanes.values().stream().mapToInt(l -> l.pending.size()).sum();
      if (dropped > 0) {
        log.warn("Closing the Telegram outbound queue with {} messages unsent", dropped);
      }
      lanes.clear();
    }
  }

  // Only one thread drains at a time; a request during a drain makes it loop once more.
  private void drain() {
    if (drainRequests.getAndIncrement() != 0) {
      return;
    }
    do {
      OutboundMessage next;
      while ((next = takeNext()) != null) {
        deliver(next);
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  private OutboundMessage takeNext() {
    synchronized (lock) {
      Instant now = clock.instant();
      Instant wake = null;
      for (Iterator<Map.Entry<String, Lane>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Lane> entry = it.next();
        Lane lane = entry.getValue();
        if (closed || lane.pending.isEmpty()) {
          it.remove();
          continue;
        }
        Instant ready = limits.earliest(entry.getKey(), now);
        ready = ready.isBefore(lane.notBefore) ? lane.notBefore : ready;
        if (ready.isAfter(now)) {
          wake = wake == null || ready.isBefore(wake) ? ready : wake;
          continue;
        }
        it.remove();
        lanes.put(entry.getKey(), lane); // to the back: chats take turns
        return lane.pending.pollFirst();
      }
      scheduleWake(wake, now);
      return null;
    }
  }

  private void scheduleWake(Instant wake, Instant now) {
    if (wake == null || (wakeScheduled != null && !wakeScheduled.isAfter(wake))) {
      return;
    }
    wakeScheduled = wake;
    scheduler.schedule(
        () -> {
          synchronized (lock) {
            if (wake.equals(wakeScheduled)) {
              wakeScheduled = null;
            }
          }
          drain();
        },
        Duration.between(now, wake));
  }

  private void deliver(OutboundMessage message) {
    try {
      sender.send(message.toSendMessage());
    } catch (Exception e) {
      handle(message, SendFailure.of(e));
    } finally {
      // Counted when the call is over, not when it starts: Telegram has seen it by then, so the
      // next window opens a full second after Telegram counted this one, whatever the latency.
      synchronized (lock) {
        limits.record(message.chat().chatId(), clock.instant());
      }
    }
  }

  private void handle(OutboundMessage message, SendFailure failure) {
    ChatAddress chat = message.chat();
    if (failure instanceof SendFailure.RetryAfter retry) {
      log.info("Telegram asked to slow down for chat {}: retrying in {}", chat, retry.delay());
      retryLater(message, retry.delay());
    } else if (failure instanceof SendFailure.Transient t) {
      Duration backOff = backOff(message.attempt());
      log.warn(
          "Sending to Telegram chat {} failed ({}); retrying in {}", chat, t.reason(), backOff);
      retryLater(message, backOff);
    } else if (failure instanceof SendFailure.Blocked b) {
      int dropped = dropLane(chat.chatId()) + 1;
      log.warn(
          "Telegram chat {} blocked or removed the bot ({}); dropped {} messages",
          chat,
          b.reason(),
          dropped);
      events.blocked(chat);
    } else if (failure instanceof SendFailure.Migrated m) {
      ChatAddress moved = new ChatAddress(chat.platform(), m.newChatId(), chat.threadId());
      log.info("Telegram chat {} became {}; resending there", chat.chatId(), moved.chatId());
      events.migrated(chat, moved);
      migrateLane(message, moved);
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("Telegram rejected a message to chat {} ({}); not retrying", chat, r.reason());
    }
  }

  private void retryLater(OutboundMessage message, Duration wait) {
    if (message.attempt() + 1 >= maxAttempts) {
      log.warn(
          "Gave up on a message to Telegram chat {} after {} attempts",
          message.chat(),
          maxAttempts);
      return;
    }
    synchronized (lock) {
      Lane lane = lanes.computeIfAbsent(message.chat().chatId(), id -> new Lane());
      lane.pending.addFirst(message.retried());
      lane.notBefore = clock.instant().plus(wait);
    }
  }

  private int dropLane(String chatId) {
    synchronized (lock) {
      Lane lane = lanes.remove(chatId);
      return lane == null ? 0 : lane.pending.size();
    }
  }

  private void migrateLane(OutboundMessage failed, ChatAddress moved) {
    synchronized (lock) {
      Lane old = lanes.remove(failed.chat().chatId());
      Lane target = lanes.computeIfAbsent(moved.chatId(), id -> new Lane());
      target.pending.addFirst(failed.movedTo(moved));
      if (old != null) {
        old.pending.forEach(m -> target.pending.addLast(m.movedTo(moved)));
      }
    }
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
  }

  private static final class Lane {
    final Deque<OutboundMessage> pending = new ArrayDeque<>();
    Instant notBefore = Instant.MIN;
  }
}
