package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages within Telegram's rate limits, one chat's messages in order and chats in
 * turn. Sends run on the scheduler, never on the caller's thread. A failed send is retried (429
 * after the time Telegram names, 5xx and network errors with exponential back-off, up to {@code
 * maxAttempts} tries); 403 and migrations go to {@link ChatEvents}.
 *
 * <p>Every message queued is settled exactly once, on its {@link ReplyParts}: accepted, refused
 * (dropped after a 403, a 400 or the last retry) or handed back (still queued at {@link #close()}).
 * Until then it counts in {@link #depth()}, and {@link #idle()} waits for the count to reach zero.
 */
final class OutboundQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
  private static final String PLATFORM = TelegramMapper.PLATFORM;

  private final MessageSender sender;
  private final ChatEvents events;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;
  private final Duration maxBackOff;
  private final BotMetrics metrics;

  private final Lanes lanes;
  private final AtomicInteger drainRequests = new AtomicInteger();
  private final Outstanding outstanding = new Outstanding();
  private final Object wakeLock = new Object();
  private Instant wakeScheduled;

  OutboundQueue(
      MessageSender sender,
      RateLimits limits,
      ChatEvents events,
      Clock clock,
      TaskScheduler scheduler,
      int maxAttempts,
      Duration firstBackOff,
      BotMetrics metrics) {
    this.sender = sender;
    this.lanes = new Lanes(limits);
    this.events = events;
    this.clock = clock;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
    this.firstBackOff = firstBackOff;
    this.maxBackOff = Duration.ofMinutes(1);
    this.metrics = metrics;
  }

  /** Queues the parts of one reply, all of them or, once closed, none (they are handed back). */
  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  void enqueue(List<OutboundMessage> messages) {
    outstanding.add(messages.size()); // before a drain can settle one
    if (lanes.addAll(messages)) {
      scheduler.schedule(this::drain, Duration.ZERO);
      return;
    }
    OutboundMessage first = messages.get(0);
    try (LogContext context = context(first)) {
      log.warn("Handed back a message to Telegram chat {}: the adapter is closed", first.chat());
    }
    messages.forEach(m -> settle(m, d -> d.handedBack("the Telegram adapter is closed")));
  }

  /** Messages queued, waiting to retry or being sent: not yet accepted, dropped or handed back. */
  int depth() {
    return outstanding.count();
  }

  /** Messages waiting in the lanes, for tests. */
  int pending() {
    return lanes.size();
  }

  /** Completes once every message queued so far was settled (at once when none is left). */
  CompletableFuture<Void> idle() {
    return outstanding.zero();
  }

  /** Stops sending: what is still queued is handed back; a send in flight still settles. */
  @Override
  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  public void close() {
    List<OutboundMessage> left = lanes.close();
    if (!left.isEmpty()) {
      try (LogContext context = LogContext.platform()) {
        log.warn("Closed the Telegram outbound queue: handed back {} unsent messages", left.size());
      }
    }
    left.forEach(
        m -> settle(m, d -> d.handedBack("the Telegram adapter closed before sending it")));
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
    Instant now = clock.instant();
    Lanes.Next next = lanes.next(now);
    if (next.ready() == null && next.wake() != null) {
      scheduleWake(next.wake(), now);
    }
    return next.ready();
  }

  private void scheduleWake(Instant wake, Instant now) {
    synchronized (wakeLock) {
      if (wakeScheduled != null && !wakeScheduled.isAfter(wake)) {
        return; // an earlier wake drains and looks again
      }
      wakeScheduled = wake;
    }
    scheduler.schedule(
        () -> {
          synchronized (wakeLock) {
            if (wake.equals(wakeScheduled)) {
              wakeScheduled = null;
            }
          }
          drain();
        },
        Duration.between(now, wake));
  }

  // Never throws: an exception here would end the drain loop with drainRequests stuck above zero.
  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  private void deliver(OutboundMessage message) {
    try (LogContext context = context(message)) {
      Exception error = send(message);
      if (error == null) {
        metrics.messageOut(PLATFORM);
        settle(message, ReplyParts::accepted);
      } else {
        metrics.platformError(PLATFORM, SendFailure.code(error));
        handle(message, SendFailure.of(error));
      }
    } catch (RuntimeException e) {
      log.error("Failed to process a message to Telegram chat {}", message.chat(), e);
      settle(message, d -> d.refused("unexpected failure: " + e.getClass().getSimpleName()));
    }
  }

  private Exception send(OutboundMessage message) {
    try {
      sender.send(message.toSendMessage());
      return null;
    } catch (Exception e) {
      return e;
    } finally {
      // Counted when the call is over, not when it starts: Telegram has seen it by then, so the
      // next window opens a full second after Telegram counted this one, whatever the latency.
      lanes.sent(message.chat().chatId(), clock.instant());
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
      List<OutboundMessage> dropped = lanes.drop(chat.chatId());
      log.warn(
          "Telegram chat {} blocked or removed the bot ({}); dropped {} messages",
          chat,
          b.reason(),
          dropped.size() + 1);
      String why = "the chat blocked or removed the bot (" + b.reason() + ")";
      settle(message, d -> d.refused(why));
      dropped.forEach(m -> settle(m, d -> d.refused(why)));
      safely("pause the subscriptions of", chat, () -> events.blocked(chat));
    } else if (failure instanceof SendFailure.Migrated m) {
      ChatAddress moved = new ChatAddress(chat.platform(), m.newChatId(), chat.threadId());
      log.info("Telegram chat {} became {}; resending there", chat.chatId(), moved.chatId());
      safely("move the subscriptions of", chat, () -> events.migrated(chat, moved));
      migrateLane(message, moved);
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("Telegram rejected a message to chat {} ({}); not retrying", chat, r.reason());
      settle(message, d -> d.refused("Telegram rejected it (" + r.reason() + ")"));
    }
  }

  private void retryLater(OutboundMessage message, Duration wait) {
    if (message.attempt() + 1 >= maxAttempts) {
      log.warn(
          "Gave up on a message to Telegram chat {} after {} attempts",
          message.chat(),
          maxAttempts);
      settle(message, d -> d.refused("no answer from Telegram after " + maxAttempts + " tries"));
      return;
    }
    if (!lanes.retry(message.retried(), clock.instant().plus(wait))) {
      settle(message, d -> d.handedBack("the Telegram adapter closed before a retry"));
    }
  }

  private void migrateLane(OutboundMessage failed, ChatAddress moved) {
    if (!lanes.migrate(failed, moved)) {
      settle(failed, d -> d.handedBack("the Telegram adapter closed before the resend"));
    }
  }

  // The one place a message leaves the queue's count.
  private void settle(OutboundMessage message, Consumer<ReplyParts> outcome) {
    outcome.accept(message.delivery());
    outstanding.settled();
  }

  private void safely(String what, ChatAddress chat, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      log.error("Could not {} Telegram chat {}", what, chat.chatId(), e);
    }
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
  }

  private static LogContext context(OutboundMessage message) {
    return LogContext.of(message.chat().chatId(), message.updateId());
  }
}
