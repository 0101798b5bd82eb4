package dev.briefing.slack.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.OutboundPlatform;
import dev.briefing.core.outbound.Outgoing;
import dev.briefing.core.outbound.QueuedChatAdapter;
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
import org.slf4j.MDC;

/**
 * Delivers replies and digests to Slack channels with chat.postMessage ({@link QueuedChatAdapter}):
 * renders them as Block Kit, splits long ones, and posts at most one message a second per channel.
 * A channel that is gone or that the bot left has its subscriptions paused. Counts each accepted
 * message, each platform error and the queue's depth in {@link BotMetrics} (platform {@code
 * slack}).
 */
public final class SlackChatAdapter extends QueuedChatAdapter<SlackMessage> {
  /** The platform name in every {@link ChatAddress} this adapter makes and takes. */
  public static final String PLATFORM = "slack";

  /** Slack's chat.postMessage limit: one message a second per channel. */
  static final Duration PER_CHANNEL = Duration.ofSeconds(1);

  private final SlackRenderer renderer = new SlackRenderer();

  /** Counts nothing: {@link BotMetrics#NONE}. */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler) {
    this(poster, subscriptions, clock, scheduler, BotMetrics.NONE, RateBudget.unlimited());
  }

  /**
   * @param poster posts one message to the Web API
   * @param subscriptions paused when a channel is gone or the bot is no longer in it
   * @param clock the time the rate limit is measured in
   * @param scheduler where posts and retries run; one thread is plenty
   * @param metrics counts messages out, platform errors and the queue depth
   * @param shared the budget every send also draws from: the workspace's budget shared with the
   *     other instances on the same database.
   */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics,
      RateBudget shared) {
    super(
        OutboundPlatform.of(
            PLATFORM,
            "Slack channel",
            m -> post(poster, m),
            SlackFailures::of,
            SlackFailures::code),
        RateLimits.perChat(PER_CHANNEL).sharing(shared),
        subscriptions,
        clock,
        scheduler,
        metrics);
  }

  /**
   * Queues every part of the reply; {@code firstAccepted} runs when Slack accepted the first (the
   * listeners time answers by it). Public for the inbound listeners; not for the app, which uses
   * {@link #send} and {@link #deliver}.
   */
  public ReplyParts queue(ChatAddress chat, Reply reply, Runnable firstAccepted) {
    return queueParts(chat, renderFor(chat, reply), MDC.get(LogIds.UPDATE_ID), firstAccepted);
  }

  /** Messages queued or being posted. */
  int depth() {
    return queued();
  }

  @Override
  protected List<SlackMessage> render(Reply reply) {
    return renderer.render(reply);
  }

  private static void post(MessagePoster poster, Outgoing<SlackMessage> message) throws Exception {
    Optional<String> error =
        poster.post(new OutboundMessage(message.chat(), message.payload(), message.attempt()));
    if (error.isPresent()) {
      throw new RefusedByPlatform(error.get());
    }
  }
}
