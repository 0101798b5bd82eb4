package dev.briefing.slack;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.slack.Lanes.Queued;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Posts queued messages at most one a second per channel (Slack's chat.postMessage limit), one
 * channel's messages in order and channels in turn ({@link Lanes}). Posts run on the scheduler,
 * never on the caller's thread. A 429 waits the {@code Retry-After} Slack names; 5xx and network
 * errors retry with exponential back-off, up to {@code maxAttempts} tries; a channel that is gone
 * (not found, archived, bot removed) has its queue dropped and is reported to {@code channelGone}.
 *
 * <p>Every message ends exactly once in its {@link ReplyParts}: accepted, refused (dropped for
 * good) or handed back (still queued at {@link #close()}). Each accepted post counts as a message
 * out, each failed one as a platform error. Posts are logged with the MDC of the update that queued
 * them.
 */
final class OutboundQueue implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
  private static final Duration PER_CHANNEL = Duration.ofSeconds(1);
  private static final Duration MAX_BACK_OFF = Duration.ofMinutes(1);
  private static final String CLOSED = "the Slack adapter closed before sending it";

  private final MessagePoster poster;
  private final Consumer<ChatAddress> channelGone;
  private final Clock clock;
  private final TaskScheduler scheduler;
  private final int maxAttempts;
  private final Duration firstBackOff;
  private final BotMetrics metrics;
  private final Lanes lanes = new Lanes(PER_CHANNEL);
  private final AtomicInteger drainRequests = new AtomicInteger();

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
  void enqueue(OutboundMessage message, ReplyParts delivery) {
    if (!lanes.add(new Queued(message, delivery, MDC.get(LogIds.UPDATE_ID)))) {
      log.warn("Handed back a message to Slack channel {}: the adapter is closed", message.chat());
      delivery.handedBack(CLOSED);
      return;
    }
    scheduler.schedule(this::drain, Duration.ZERO);
  }

  /** Messages queued, waiting to retry or being posted. */
  int depth() {
    return lanes.outstanding();
  }

  /** Waits until every message ended (posted or dropped), at most {@code timeout}; true if so. */
  boolean awaitEmpty(Duration timeout) throws InterruptedException {
    return lanes.awaitEmpty(timeout);
  }

  /** Hands back every message still queued; one being posted ends as its post does. */
  @Override
  public void close() {
    List<Queued> unsent = lanes.close();
    if (!unsent.isEmpty()) {
      log.warn("Closing the Slack outbound queue: handed back {} unsent messages", unsent.size());
    }
    unsent.forEach(q -> q.delivery().handedBack(CLOSED));
    lanes.ended(unsent.size());
  }

  // Only one thread drains at a time; a request during a drain makes it loop once more.
  private void drain() {
    if (drainRequests.getAndIncrement() != 0) {
      return;
    }
    do {
      Queued next;
      while ((next = takeNext()) != null) {
        postLogged(next);
      }
    } while (drainRequests.decrementAndGet() != 0);
  }

  // Nothing escapes: an exception here would leave drainRequests up and the queue stalled.
  private void postLogged(Queued next) {
    try (LogIds.Scope ids = Logs.about(next.channel(), next.updateId())) {
      try {
        post(next);
      } catch (RuntimeException | Error e) {
        log.error("Failed to post to Slack channel {}", next.channel(), e);
      }
    }
  }

  private Queued takeNext() {
    Instant now = clock.instant();
    Lanes.Taken taken = lanes.take(now);
    Instant wake = taken.wake();
    if (wake != null) {
      Runnable wakeUp =
          () -> {
            lanes.woke(wake);
            drain();
          };
      scheduler.schedule(wakeUp, Duration.between(now, wake));
    }
    return taken.next();
  }

  private void post(Queued queued) {
    String error;
    SendFailure failure;
    try {
      Optional<String> answer = poster.post(queued.message());
      if (answer.isEmpty()) {
        metrics.messageOut(SlackMapper.PLATFORM);
        queued.delivery().accepted();
        lanes.ended(1);
        return;
      }
      error = answer.get();
      failure = SendFailure.ofError(error);
    } catch (Exception e) {
      error = SendFailure.code(e);
      failure = SendFailure.of(e);
    } catch (Error e) {
      end(queued, "posting failed: " + e);
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
      List<Queued> dropped = lanes.drop(chat.chatId());
      dropped.add(queued);
      log.warn(
          "Slack channel {} cannot be posted to ({}); dropped {} messages, pausing its digests",
          chat.chatId(),
          gone.error(),
          dropped.size());
      dropped.forEach(q -> end(q, "Slack channel " + chat.chatId() + ": " + gone.error()));
      channelGone.accept(chat);
    } else if (failure instanceof SendFailure.Rejected r) {
      log.warn("Slack rejected a message to channel {} ({}); not retrying", chat, r.reason());
      end(queued, "Slack rejected it: " + r.reason());
    }
  }

  private void retryLater(Queued queued, Duration wait) {
    ChatAddress chat = queued.message().chat();
    if (queued.message().attempt() + 1 >= maxAttempts) {
      log.warn("Gave up on a message to Slack channel {} after {} attempts", chat, maxAttempts);
      end(queued, "gave up after " + maxAttempts + " attempts");
    } else if (!lanes.putBack(queued.retried(), clock.instant().plus(wait))) {
      log.warn("Handed back a message to Slack channel {}: the adapter closed", chat);
      queued.delivery().handedBack(CLOSED);
      lanes.ended(1);
    }
  }

  // The message is dropped for good.
  private void end(Queued queued, String why) {
    queued.delivery().refused(why);
    lanes.ended(1);
  }

  private Duration backOff(int attempt) {
    Duration wait = firstBackOff.multipliedBy(1L << Math.min(attempt, 20));
    return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
  }
}
