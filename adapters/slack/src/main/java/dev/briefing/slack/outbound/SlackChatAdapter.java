package dev.briefing.slack.outbound;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.ChatEvents;
import dev.briefing.core.outbound.OutboundPlatform;
import dev.briefing.core.outbound.OutboundQueue;
import dev.briefing.core.outbound.Outgoing;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.outbound.RateLimits;
import dev.briefing.core.outbound.RefusedByPlatform;
import dev.briefing.core.outbound.TaskScheduler;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.MDC;

/**
 * Delivers replies and digests to Slack channels with chat.postMessage: renders them as Block Kit,
 * splits long ones, and posts at most one message a second per channel. {@link #send} returns once
 * the messages are queued; {@link #deliver} returns a future that tells whether Slack accepted
 * them. A channel that is gone or that the bot left has its subscriptions paused. Counts each
 * accepted message, each platform error and the queue's depth in {@link BotMetrics} (platform
 * {@code slack}).
 */
public final class SlackChatAdapter implements ChatAdapter, AutoCloseable {
  /** The platform name in every {@link ChatAddress} this adapter makes and takes. */
  public static final String PLATFORM = "slack";

  /** Tries per message before it is dropped: the first post and its retries. */
  public static final int MAX_ATTEMPTS = 6;

  /** Slack's chat.postMessage limit: one message a second per channel. */
  static final Duration PER_CHANNEL = Duration.ofSeconds(1);

  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

  private final SlackRenderer renderer = new SlackRenderer();
  private final OutboundQueue<SlackMessage> queue;

  /** Counts nothing: {@link BotMetrics#NONE}. */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler) {
    this(poster, subscriptions, clock, scheduler, BotMetrics.NONE);
  }

  /**
   * @param poster posts one message to the Web API
   * @param subscriptions paused when a channel is gone or the bot is no longer in it
   * @param clock the time the rate limit is measured in
   * @param scheduler where posts and retries run; one thread is plenty
   * @param metrics counts messages out, platform errors and the queue depth
   */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics) {
    this(poster, subscriptions, clock, scheduler, metrics, RateBudget.unlimited());
  }

  /**
   * As {@link #SlackChatAdapter(MessagePoster, SubscriptionRepository, Clock, TaskScheduler,
   * BotMetrics)}, drawing every post also from {@code shared}: the workspace's budget shared with
   * the other instances on the same database.
   */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics,
      RateBudget shared) {
    this.queue =
        new OutboundQueue<>(
            OutboundPlatform.of(
                PLATFORM,
                "Slack channel",
                m -> post(poster, m),
                SlackFailures::of,
                SlackFailures::code),
            RateLimits.perChat(PER_CHANNEL).sharing(shared),
            ChatEvents.updating(subscriptions, "Slack channel"),
            clock,
            scheduler,
            MAX_ATTEMPTS,
            FIRST_BACK_OFF,
            metrics);
    metrics.queueDepth(PLATFORM, queue::depth);
  }

  /** Queues the reply and returns; what becomes of it is only logged. */
  @Override
  public void send(ChatAddress chat, Reply reply) {
    queue(chat, reply, () -> {});
  }

  /**
   * Queues the reply. The future completes when Slack accepted every part; it fails with {@link
   * NotDelivered#refused} when a part was dropped (channel gone, rejected, retries exhausted) and
   * with {@link NotDelivered#handedBack} when the adapter closed before any part was posted (one
   * closed after a part was posted is refused, so the posted part is never repeated). It always
   * completes: at the latest when {@link #close()} hands back what is queued.
   */
  @Override
  public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
    try {
      return queue(chat, reply, () -> {}).future();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Queues every part of the reply; {@code firstAccepted} runs when Slack accepted the first (the
   * listeners time answers by it). Public for the inbound listeners; not for the app, which uses
   * {@link #send} and {@link #deliver}.
   */
  public ReplyParts queue(ChatAddress chat, Reply reply, Runnable firstAccepted) {
    if (!PLATFORM.equals(chat.platform())) {
      throw new IllegalArgumentException("not a Slack chat: " + chat);
    }
    List<SlackMessage> parts = renderer.render(reply);
    ReplyParts delivery = new ReplyParts(Math.max(1, parts.size()), firstAccepted);
    if (parts.isEmpty()) {
      delivery.accepted(); // nothing to post
    }
    String updateId = MDC.get(LogIds.UPDATE_ID);
    queue.enqueue(parts.stream().map(m -> Outgoing.of(chat, m, delivery, updateId)).toList());
    return delivery;
  }

  /** Messages queued or being posted. */
  int depth() {
    return queue.depth();
  }

  /**
   * Waits until every queued message was posted or dropped, at most {@code timeout}. Public for
   * {@code SlackBot.close()}; not for the app.
   *
   * @return true when nothing is left queued
   */
  public boolean drain(Duration timeout) throws InterruptedException {
    return queue.drain(timeout);
  }

  /** Hands back every message still queued (their futures fail); idempotent. */
  @Override
  public void close() {
    queue.close();
  }

  private static void post(MessagePoster poster, Outgoing<SlackMessage> message) throws Exception {
    Optional<String> error =
        poster.post(new OutboundMessage(message.chat(), message.payload(), message.attempt()));
    if (error.isPresent()) {
      throw new RefusedByPlatform(error.get());
    }
  }
}
