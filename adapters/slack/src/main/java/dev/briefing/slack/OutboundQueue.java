package dev.briefing.slack;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Posts queued messages at most one a second per channel (Slack's chat.postMessage limit), one
 * channel's messages in order and channels in turn. Posts run on the scheduler, never on the
 * caller's thread. A 429 waits the {@code Retry-After} Slack names; 5xx and network errors retry
 * with exponential back-off, up to {@code maxAttempts} tries; a channel that is gone (not found,
 * archived, bot removed) has its queue dropped and is reported to {@code channelGone}.
 *
 * <p>Every message ends exactly once in its {@link Delivery}: accepted, refused (dropped for good)
 * or handed back (still queued at {@link #close()}). Posts are logged with the MDC of the update
 * that queued them.
 */
final class OutboundQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
  private static final Duration PER_CHANNEL = Duration.ofSeconds(1);
  private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);

  /** A message in the queue, with the reply it is part of and the update id that queued it. */
  private record Queued(OutboundMessage message, Delivery delivery, String updateId) {
    Queued retried() {
      return new Queued(message.retried(), delivery, updateId);
    }
  }

  private final MessagePoster poster;
  private final Consumer<ChatAddress> channelGone;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;
  private final BotMetrics metrics;

  private final Object lock = new Object();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final AtomicInteger drainRequests = new AtomicInteger();
  private Instant wakeScheduled;
  private int outstanding; // queued or being posted
  private boolean closed;

  OutboundQueue(
      MessagePoster poster,
      Consumer<ChatAddress> channelGone,
      Clock clock,
      TaskScheduler scheduler,
      int maxAttempts,
      Duration firstBackOff,
      BotMetrics metrics) {
    this.poster = poster;
    this.channelGone = channelGone;
    this.clock = clock;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
    this.firstBackOff = firstBackOff;
    this.metrics = metrics;
  }

  /** Queues a message; when the queue is closed, hands it back at once. */
  void enqueue(OutboundMessage message, Delivery delivery) {
    boolean queued = false;
    synchronized (lock) {
      if (!closed) {
        Queued entry = new Queued(message, delivery, MDC.get(Logs.UPDATE_ID));
        lanes.computeIfAbsent(message.chat().chatId(), id -> new Lane()).pending.addLast(entry);
        outstanding++;
        queued = true;
      }
    }
    if (!queued) {
      log.warn("Handed back a message to Slack channel {}: the adapter is closed", message.chat());
      delivery.handedBack("the Slack adapter is closed");
      return;
    }
    scheduler.schedule(this::drain, Duration.ZERO);
  }

  /** Messages queued or being posted. */
  int depth() {
    synchronized (lock) {
      return outstanding;
    }
  }

  /**
   * Waits until every queued message ended (posted or dropped), at most {@code timeout}.
   *
   * @return true when the queue is empty
   */
  boolean awaitEmpty(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (outstanding > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }

  /** Hands back every message still queued; one being posted ends as its post does. */
  @Override
  public void close() {
    List<Queued> unsent = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      lanes.values().forEach(lane -> unsent.addAll(lane.pending));
      lanes.clear();
    }
    if (!unsent.isEmpty()) {
      log.warn("Closing the Slack outbound queue: handed back {} unsent messages", unsent.size());
    }
    unsent.forEach(q -> q.delivery().handedBack("the Slack adapter closed before sending it"));
    ended(unsent.size());
  }

  // Only one thread drains at a time; a request during a drain makes it loop once more.
  private void drain() {
    if (drainRequests.getAndIncrement() != 0) {
      return;
    }
    do {
      Queued next;
      while ((next = takeNext()) != null) {
        deliver(next);
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  private Queued takeNext() {
    synchronized (lock) {
      Instant now = clock.instant();
      Instant wake = null;
      for (Iterator<Map.Entry<String, Lane>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Lane> entry = it.next();
        Lane lane = entry.getValue();
        if (lane.pending.isEmpty()) {
          if (!lane.notBefore.isAfter(now)) {
            it.remove(); // kept until then, so a message queued meanwhile waits its turn too
          }
          continue;
        }
        if (lane.notBefore.isAfter(now)) {
          wake = wake == null || lane.notBefore.isBefore(wake) ? lane.notBefore : wake;
          continue;
        }
        it.remove();
        lanes.put(entry.getKey(), lane); // to the back: channels take turns
        lane.notBefore = now.plus(PER_CHANNEL);
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

  private void deliver(Queued queued) {
    ChatAddress chat = queued.message().chat();
    try (var logs = Logs.about(chat.chatId(), queued.updateId())) {
      post(queued);
    }
  }

  private void post(Queued queued) {
    String error;
    SendFailure failure;
    try {
      var answer = poster.post(queued.message());
      if (answer.isEmpty()) {
        metrics.messageOut(SlackMapper.PLATFORM);
        queued.delivery().accepted();
        ended(1);
        return;
      }
      error = answer.get();
      failure = SendFailure.ofError(error);
    } catch (Exception e) {
      error = SendFailure.code(e);
      failure = SendFailure.of(e);
    } catch (Error e) {
      queued.delivery().refused("posting failed: " + e);
      ended(1);
      throw e;
    }
    metrics.platformError(SlackMapper.PLATFORM, error);
    handle(queued, failure);
  }

  private void handle(Queued queued, SendFailure failure) {
    ChatAddress chat = queued.message().chat();
    if (failure instanceof SendFailure.RetryAfter retry) {
      log.info("Slack rate-limited channel {}: retrying in {}", chat.chatId(), retry.delay());
      retryLater(queued, retry.delay());
    } else if (failure instanceof SendFailure.Transient t) {
      Duration backOff = backOff(queued.message().attempt());
      log.warn(
          "Posting to Slack channel {} failed ({}); retrying in {}", chat, t.reason(), backOff);
      retryLater(queued, backOff);
    } else if (failure instanceof SendFailure.ChannelGone gone) {
      List<Queued> dropped = dropLane(chat.chatId());
      dropped.add(queued);
      log.warn(
          "Slack channel {} cannot be posted to ({}); dropped {} messages, pausing its digests",
          chat.chatId(),
          gone.error(),
          dropped.size());
      dropped.forEach(
          q -> q.delivery().refused("Slack channel " + chat.chatId() + ": " + gone.error()));
      ended(dropped.size());
      channelGone.accept(chat);
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("Slack rejected a message to channel {} ({}); not retrying", chat, r.reason());
      queued.delivery().refused("Slack rejected it: " + r.reason());
      ended(1);
    }
  }

  private void retryLater(Queued queued, Duration wait) {
    ChatAddress chat = queued.message().chat();
    if (queued.message().attempt() + 1 >= maxAttempts) {
      log.warn("Gave up on a message to Slack channel {} after {} attempts", chat, maxAttempts);
      queued.delivery().refused("gave up after " + maxAttempts + " attempts");
      ended(1);
      return;
    }
    synchronized (lock) {
      if (!closed) {
        Lane lane = lanes.computeIfAbsent(chat.chatId(), id -> new Lane());
        lane.pending.addFirst(queued.retried());
        lane.notBefore = clock.instant().plus(wait);
        return;
      }
    }
    log.warn("Handed back a message to Slack channel {}: the adapter closed", chat);
    queued.delivery().handedBack("the Slack adapter closed before sending it");
    ended(1);
  }

  private List<Queued> dropLane(String channel) {
    synchronized (lock) {
      Lane lane = lanes.remove(channel);
      return lane == null ? new ArrayList<>() : new ArrayList<>(lane.pending);
    }
  }

  // Messages that reached their end: no longer counted in the depth.
  private void ended(int count) {
    synchronized (lock) {
      outstanding -= count;
      if (outstanding <= 0) {
        outstanding = 0;
        lock.notifyAll();
      }
    }
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
  }

  private static final class Lane {
    final Deque<Queued> pending = new ArrayDeque<>();
    Instant notBefore = Instant.MIN;
  }
}
