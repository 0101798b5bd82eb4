package dev.briefing.core.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued messages to one chat platform within its rate limits, one chat's messages in order
 * and chats in turn. Every platform adapter uses this queue; each supplies only its {@link
 * OutboundPlatform} (the send and its error classifier) and its {@link RatePolicy}.
 *
 * <p>Sends run on the scheduler, never on the caller's thread. A failed send is retried: a
 * rate-limit answer after the time the platform names, 5xx and network errors with exponential
 * back-off, up to {@code maxAttempts} tries. A chat that is gone has its lane dropped and is
 * reported to {@link ChatEvents#gone}; a migrated chat has its lane moved and is reported to {@link
 * ChatEvents#migrated}.
 *
 * <p>Every message queued is settled exactly once, on its {@link ReplyParts}: accepted, refused
 * (dropped for good) or handed back (still queued at {@link #close()}). Until then it counts in
 * {@link #depth()}, and {@link #idle()} waits for the count to reach zero. Each accepted send
 * counts as a message out, each failed one as a platform error. Log lines about a message carry the
 * MDC of the update that queued it ({@link LogIds}).
 *
 * @param <P> the platform's message type
 */
public final class OutboundQueue<P> implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
  private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);

  private final OutboundPlatform<P> platform;
  private final String label;
  private final ChatEvents events;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;
  private final BotMetrics metrics;

  private final Lanes<P> lanes;
  private final AtomicInteger drainRequests = new AtomicInteger();
  private final Outstanding outstanding = new Outstanding();
  private final Object wakeLock = new Object();
  private Instant wakeScheduled;

  /**
   * @param platform sends and classifies failures
   * @param limits the platform's pacing, and the budget shared with other instances
   * @param events told when a chat is gone or migrated
   * @param clock the time the rate limits are measured in
   * @param scheduler where sends and retries run; one thread is plenty
   * @param maxAttempts tries per message before it is dropped: the first send and its retries
   * @param firstBackOff the wait before the first retry after a transient failure; doubles after
   * @param metrics counts messages out and platform errors
   */
  public OutboundQueue(
      OutboundPlatform<P> platform,
      RatePolicy limits,
      ChatEvents events,
      Clock clock,
      TaskScheduler scheduler,
      int maxAttempts,
      Duration firstBackOff,
      BotMetrics metrics) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be positive, was " + maxAttempts);
    }
    this.platform = platform;
    this.label = platform.chatLabel();
    this.lanes = new Lanes<>(limits);
    this.events = events;
    this.clock = clock;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
    this.firstBackOff = firstBackOff;
    this.metrics = metrics;
  }

  /** Queues the parts of one reply, all of them or, once closed, none (they are handed back). */
  public void enqueue(List<Outgoing<P>> messages) {
    if (messages.isEmpty()) {
      return;
    }
    outstanding.add(messages.size()); // before a drain can settle one
    if (lanes.addAll(messages)) {
      scheduler.schedule(this::drain, Duration.ZERO);
      return;
    }
    Outgoing<P> first = messages.get(0);
    try (LogIds.Scope ids = scope(first)) {
      log.warn("Handed back a message to {} {}: the adapter is closed", label, first.chat());
    }
    String why = "the " + platform.id() + " adapter is closed";
    messages.forEach(m -> settle(m, d -> d.handedBack(why)));
  }

  /** Messages queued, waiting to retry or being sent: not yet accepted, dropped or handed back. */
  public int depth() {
    return outstanding.count();
  }

  /** Completes once every message queued so far was settled (at once when none is left). */
  public CompletableFuture<Void> idle() {
    return outstanding.zero();
  }

  /**
   * Waits up to {@code timeout} until every message queued so far was settled; the rate limits and
   * retry waits still apply, so a bound is needed.
   *
   * @return true when the queue emptied in time
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    try {
      idle().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the queue's idle future never fails", e);
    }
  }

  /** Stops sending: what is still queued is handed back; a send in flight still settles. */
  @Override
  public void close() {
    List<Outgoing<P>> left = lanes.close();
    if (!left.isEmpty()) {
      try (LogIds.Scope ids = LogIds.about(platform.id(), null, null)) {
        String closing = "Closing the " + name() + " outbound queue";
        log.warn(closing + ": handed back {} unsent messages", left.size());
      }
    }
    String why = "the " + platform.id() + " adapter closed before sending it";
    left.forEach(m -> settle(m, d -> d.handedBack(why)));
  }

  // Only one thread drains at a time; a request during a drain makes it loop once more.
  private void drain() {
    if (drainRequests.getAndIncrement() != 0) {
      return;
    }
    do {
      Outgoing<P> next;
      while ((next = takeNext()) != null) {
        deliver(next);
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  private Outgoing<P> takeNext() {
    Instant now = clock.instant();
    Lanes.Next<P> next;
    try {
      next = lanes.next(now);
    } catch (RuntimeException e) { // a shared budget that failed: look again shortly
      log.error("Could not pace the {} outbound queue; trying again in 1 s", platform.id(), e);
      scheduleWake(now.plusSeconds(1), now);
      return null;
    }
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
  private void deliver(Outgoing<P> message) {
    try (LogIds.Scope ids = scope(message)) {
      Exception error = send(message);
      if (error == null) {
        metrics.messageOut(platform.id());
        settle(message, ReplyParts::accepted);
      } else {
        metrics.platformError(platform.id(), platform.errorCode(error));
        handle(message, platform.classify(error));
      }
    } catch (RuntimeException | Error e) { // an Error too: rethrown, it would stall the queue
      log.error("Failed to process a message to {} {}", label, message.chat(), e);
      settle(message, d -> d.refused("unexpected failure: " + e.getClass().getSimpleName()));
    }
  }

  private Exception send(Outgoing<P> message) {
    try {
      platform.send(message);
      return null;
    } catch (Exception e) {
      return e;
    } finally {
      // Counted when the call is over, not when it starts: the platform has seen it by then, so
      // the next window opens a full interval after the platform counted this one.
      lanes.sent(message.chat().chatId(), clock.instant());
    }
  }

  private void handle(Outgoing<P> message, SendFailure failure) {
    ChatAddress chat = message.chat();
    if (failure instanceof SendFailure.RetryAfter retry) {
      log.info("{} asked to slow down for {}: retrying in {}", name(), chat, retry.delay());
      retryLater(message, retry.delay());
    } else if (failure instanceof SendFailure.Transient t) {
      Duration backOff = backOff(message.attempt());
      log.warn("Sending to {} {} failed ({}); retrying in {}", label, chat, t.reason(), backOff);
      retryLater(message, backOff);
    } else if (failure instanceof SendFailure.Gone gone) {
      List<Outgoing<P>> dropped = lanes.drop(chat.chatId());
      log.warn(
          label
              + " {} cannot be posted to: it blocked or removed the bot, or is gone ({});"
              + " dropped {} messages",
          chat.chatId(),
          gone.reason(),
          dropped.size() + 1);
      String why = label + " " + chat.chatId() + " is gone (" + gone.reason() + ")";
      settle(message, d -> d.refused(why));
      dropped.forEach(m -> settle(m, d -> d.refused(why)));
      safely("pause the subscriptions of", chat, () -> events.gone(chat));
    } else if (failure instanceof SendFailure.Migrated m) {
      ChatAddress moved = new ChatAddress(chat.platform(), m.newChatId(), chat.threadId());
      log.info("{} {} became {}; resending there", label, chat.chatId(), moved.chatId());
      safely("move the subscriptions of", chat, () -> events.migrated(chat, moved));
      if (!lanes.migrate(message, moved)) {
        settle(message, d -> d.handedBack("the adapter closed before the resend"));
      }
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("{} rejected a message to {} ({}); not retrying", name(), chat, r.reason());
      settle(message, d -> d.refused("rejected by " + platform.id() + ": " + r.reason()));
    }
  }

  private void retryLater(Outgoing<P> message, Duration wait) {
    if (message.attempt() + 1 >= maxAttempts) {
      log.warn(
          "Gave up on a message to {} {} after {} attempts", label, message.chat(), maxAttempts);
      settle(
          message,
          d -> d.refused("no answer from " + name() + " after " + maxAttempts + " attempts"));
      return;
    }
    if (!lanes.retry(message.retried(), clock.instant().plus(wait))) {
      settle(message, d -> d.handedBack("the adapter closed before a retry"));
    }
  }

  // The one place a message leaves the queue's count.
  private void settle(Outgoing<P> message, Consumer<ReplyParts> outcome) {
    outcome.accept(message.delivery());
    outstanding.settled();
  }

  private void safely(String what, ChatAddress chat, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      log.error("Could not {} {} {}", what, label, chat.chatId(), e);
    }
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
  }

  private String name() {
    String id = platform.id();
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  private LogIds.Scope scope(Outgoing<P> message) {
    return LogIds.about(platform.id(), message.chat().chatId(), message.updateId());
  }
}
