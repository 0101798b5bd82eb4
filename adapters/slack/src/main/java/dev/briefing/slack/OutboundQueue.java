package dev.briefing.slack;

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
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts queued messages at most one a second per channel (Slack's chat.postMessage limit), one
 * channel's messages in order and channels in turn. Posts run on the scheduler, never on the
 * caller's thread. A 429 waits the {@code Retry-After} Slack names; 5xx and network errors retry
 * with exponential back-off, up to {@code maxAttempts} tries; a channel that is gone (not found,
 * archived, bot removed) has its queue dropped and is reported to {@code channelGone}.
 */
final class OutboundQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
  private static final Duration PER_CHANNEL = Duration.ofSeconds(1);
  private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);

  private final MessagePoster poster;
  private final Consumer<ChatAddress> channelGone;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;

  private final Object lock = new Object();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private final AtomicInteger drainRequests = new AtomicInteger();
  private Instant wakeScheduled;
  private boolean closed;

  OutboundQueue(
      MessagePoster poster,
      Consumer<ChatAddress> channelGone,
      Clock clock,
      TaskScheduler scheduler,
      int maxAttempts,
      Duration firstBackOff) {
    this.poster = poster;
    this.channelGone = channelGone;
    this.clock = clock;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
    this.firstBackOff = firstBackOff;
  }

  void enqueue(OutboundMessage message) {
    synchronized (lock) {
      if (closed) {
        log.warn("Dropped a message to Slack channel {}: the adapter is closed", message.chat());
        return;
      }
      lanes.computeIfAbsent(message.chat().chatId(), id -> new Lane()).pending.addLast(message);
    }
    scheduler.schedule(this::drain, Duration.ZERO);
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      int dropped = lanes.values().stream().mapToInt(l -> l.pending.size()).sum();
      if (dropped > 0) {
        log.warn("Closing the Slack outbound queue with {} messages unsent", dropped);
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

  private void deliver(OutboundMessage message) {
    try {
      poster.post(message).map(SendFailure::ofError).ifPresent(f -> handle(message, f));
    } catch (Exception e) {
      handle(message, SendFailure.of(e));
    }
  }

  private void handle(OutboundMessage message, SendFailure failure) {
    ChatAddress chat = message.chat();
    if (failure instanceof SendFailure.RetryAfter retry) {
      log.info("Slack rate-limited channel {}: retrying in {}", chat.chatId(), retry.delay());
      retryLater(message, retry.delay());
    } else if (failure instanceof SendFailure.Transient t) {
      Duration backOff = backOff(message.attempt());
      log.warn(
          "Posting to Slack channel {} failed ({}); retrying in {}", chat, t.reason(), backOff);
      retryLater(message, backOff);
    } else if (failure instanceof SendFailure.ChannelGone gone) {
      int dropped = dropLane(chat.chatId()) + 1;
      log.warn(
          "Slack channel {} cannot be posted to ({}); dropped {} messages, pausing its digests",
          chat.chatId(),
          gone.error(),
          dropped);
      channelGone.accept(chat);
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("Slack rejected a message to channel {} ({}); not retrying", chat, r.reason());
    }
  }

  private void retryLater(OutboundMessage message, Duration wait) {
    if (message.attempt() + 1 >= maxAttempts) {
      log.warn(
          "Gave up on a message to Slack channel {} after {} attempts",
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

  private int dropLane(String channel) {
    synchronized (lock) {
      Lane lane = lanes.remove(channel);
      return lane == null ? 0 : lane.pending.size();
    }
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
  }

  private static final class Lane {
    final Deque<OutboundMessage> pending = new ArrayDeque<>();
    Instant notBefore = Instant.MIN;
  }
}
