package dev.briefing.core.outbound;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.MDC;

/**
 * A platform's {@link ChatAdapter}: renders each reply into the platform's messages and queues
 * them, all parts or none, on one {@link OutboundQueue}. Telegram and Slack extend it with their
 * renderer; everything else about delivery (pacing, retries, settling each reply once, draining and
 * closing) is here and in the queue.
 *
 * <p>{@link #send} returns once the messages are queued; {@link #deliver} returns a future that
 * completes when the platform accepted every part, and fails with {@link NotDelivered}: refused
 * when a part was dropped (the chat is gone, the platform rejected it, or the retries ran out),
 * handed back when the adapter closed before sending it. It always completes, at the latest when
 * the adapter closes. Shutting down is {@link #drain} (a bounded wait for the queue to empty), then
 * {@link #close()}.
 *
 * @param <P> the platform's message type
 */
public abstract class QueuedChatAdapter<P> implements ChatAdapter, AutoCloseable {
  /** Tries per message before it is dropped: the first send and its retries. */
  public static final int MAX_ATTEMPTS = 6;

  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

  private final String platform;
  private final OutboundQueue<P> queue;

  /**
   * What a queued adapter needs besides its platform.
   *
   * @param subscriptions paused when a chat is gone, moved when it migrates
   * @param clock the time the rate limits are measured in
   * @param scheduler where sends and retries run; one thread is plenty
   * @param metrics counts messages out, platform errors and the queue's depth
   * @param shared the send budget shared with other instances; {@link RateBudget#unlimited()} when
   *     this instance is alone
   */
  public record Context(
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics,
      RateBudget shared) {
    /** Counting nothing, sharing no budget. */
    public static Context of(
        SubscriptionRepository subscriptions, Clock clock, TaskScheduler scheduler) {
      return new Context(subscriptions, clock, scheduler, BotMetrics.NONE, RateBudget.unlimited());
    }
  }

  /**
   * @param platform sends one message and sorts its failures
   * @param limits the platform's own pacing; the context's shared budget is added to it
   */
  protected QueuedChatAdapter(OutboundPlatform<P> platform, RateLimits limits, Context context) {
    this.platform = platform.id();
    this.queue =
        new OutboundQueue<>(
            platform,
            limits.sharing(context.shared()),
            ChatEvents.updating(context.subscriptions(), platform.chatLabel()),
            context.clock(),
            context.scheduler(),
            MAX_ATTEMPTS,
            FIRST_BACK_OFF,
            context.metrics());
    context.metrics().queueDepth(this.platform, queue::depth);
  }

  /** The reply as the platform's messages, in order; empty when it has nothing to show. */
  protected abstract List<P> render(Reply reply);

  /** Queues the reply and returns; what becomes of it is only logged. */
  @Override
  public void send(ChatAddress chat, Reply reply) {
    queueParts(chat, renderFor(chat, reply), MDC.get(LogIds.UPDATE_ID), () -> {});
  }

  /** Queues the reply; see the class comment for how the future completes. */
  @Override
  public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
    try {
      return queueParts(chat, renderFor(chat, reply), MDC.get(LogIds.UPDATE_ID), () -> {}).future();
    } catch (RuntimeException e) { // not this platform's chat: failed, as the port's default does
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Messages queued or in flight, not yet accepted, dropped or handed back. */
  public int queued() {
    return queue.depth();
  }

  /**
   * Waits up to {@code timeout} until every message queued so far was accepted or dropped; the rate
   * limits and retry waits still apply, so a bound is needed.
   *
   * @return true when the queue emptied in time
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    return queue.drain(timeout);
  }

  /** Stops sending: messages still queued are handed back, with one log line counting them. */
  @Override
  public void close() {
    queue.close();
  }

  /** Renders the reply after checking the chat is on this platform. */
  protected final List<P> renderFor(ChatAddress chat, Reply reply) {
    if (!platform.equals(chat.platform())) {
      throw new IllegalArgumentException("not a " + platform + " chat: " + chat);
    }
    return render(reply);
  }

  /**
   * Queues one reply's messages for {@code chat}; {@code firstAccepted} runs once the platform
   * accepted the first (answers are timed by it), at once when there is nothing to send.
   *
   * @param updateId the update being answered, for the log lines; null for none
   */
  protected final ReplyParts queueParts(
      ChatAddress chat, List<P> parts, String updateId, Runnable firstAccepted) {
    ReplyParts delivery = new ReplyParts(Math.max(1, parts.size()), firstAccepted);
    if (parts.isEmpty()) {
      delivery.accepted(); // nothing to send, nothing to wait for
      return delivery;
    }
    queue.enqueue(parts.stream().map(part -> Outgoing.of(chat, part, delivery, updateId)).toList());
    return delivery;
  }
}
