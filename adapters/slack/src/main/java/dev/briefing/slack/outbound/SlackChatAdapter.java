package dev.briefing.slack.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.outbound.OutboundPlatform;
import dev.briefing.core.outbound.Outgoing;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateLimits;
import dev.briefing.core.outbound.RefusedByPlatform;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Delivers replies and digests to Slack channels with chat.postMessage ({@link QueuedChatAdapter}):
 * renders them as Block Kit, splits long ones, puts a reply's buttons under its last message as
 * actions blocks ({@link SlackButtons}), and posts at most one message a second per channel. A
 * channel that is gone or that the bot left has its subscriptions paused. A file the reply carries
 * (e.g. {@code /feed export}'s OPML) is uploaded after its text, queued like a message, to the same
 * channel and thread ({@link SlackWebApi} uses {@code files.uploadV2}). Counts each accepted
 * message, each platform error and the queue's depth in {@link BotMetrics} (platform {@code
 * slack}).
 */
public final class SlackChatAdapter extends QueuedChatAdapter<SlackMessage> {
  /** The platform name in every {@link ChatAddress} this adapter makes and takes. */
  public static final String PLATFORM = "slack";

  /** Slack's chat.postMessage limit: one message a second per channel. */
  static final Duration PER_CHANNEL = Duration.ofSeconds(1);

  private final SlackRenderer renderer = new SlackRenderer();

  /**
   * @param poster the platform's send
   * @param context the subscriptions to pause or move, the clock, the scheduler, the metrics and
   *     the budget shared with other instances
   */
  public SlackChatAdapter(MessagePoster poster, Context context) {
    super(
        OutboundPlatform.of(
            PLATFORM,
            "Slack channel",
            m -> post(poster, m),
            SlackFailures::of,
            SlackFailures::code),
        RateLimits.perChat(PER_CHANNEL),
        context);
  }

  /**
   * Queues every part of the reply; {@code firstAccepted} runs when Slack accepted the first (the
   * listeners time answers by it). Public for the inbound listeners; not for the app, which uses
   * {@link #send} and {@link #deliver}.
   */
  public ReplyParts queue(ChatAddress chat, Reply reply, Runnable firstAccepted) {
    return queueParts(chat, renderFor(chat, reply), MDC.get(LogIds.UPDATE_ID), firstAccepted);
  }

  /**
   * Queues messages rendered already, e.g. the rest of a reply whose first message replaced a
   * progress message. Public for the inbound listeners; not for the app.
   */
  public ReplyParts queueRendered(
      ChatAddress chat, List<SlackMessage> messages, Runnable firstAccepted) {
    if (!PLATFORM.equals(chat.platform())) {
      throw new IllegalArgumentException("not a Slack chat: " + chat);
    }
    return queueParts(chat, messages, MDC.get(LogIds.UPDATE_ID), firstAccepted);
  }

  /**
   * The reply's text as Slack messages, its buttons under the last; {@link #send} posts these, then
   * {@link #uploads}. Never a file, so each may also go to a response_url or replace a message.
   */
  public List<SlackMessage> messages(Reply reply) {
    return SlackButtons.attach(renderer.render(reply), SlackButtons.blocks(reply.buttons()));
  }

  /** The file the reply carries, as an upload to queue after {@link #messages}; else none. */
  public List<SlackMessage> uploads(Reply reply) {
    return reply.file().map(SlackMessage::upload).stream().toList();
  }

  @Override
  protected List<SlackMessage> render(Reply reply) {
    List<SlackMessage> parts = new ArrayList<>(messages(reply));
    parts.addAll(uploads(reply));
    return parts;
  }

  private static void post(MessagePoster poster, Outgoing<SlackMessage> message) throws Exception {
    Optional<String> error =
        poster.post(new OutboundMessage(message.chat(), message.payload(), message.attempt()));
    if (error.isPresent()) {
      throw new RefusedByPlatform(error.get());
    }
  }
}
