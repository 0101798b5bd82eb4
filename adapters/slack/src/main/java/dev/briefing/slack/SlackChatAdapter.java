package dev.briefing.slack;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replies and digests to Slack channels with chat.postMessage: renders them as Block Kit,
 * splits long ones, and posts at most one message a second per channel. {@link #send} returns once
 * the messages are queued; a channel that is gone or that the bot left has its subscriptions
 * paused.
 */
public final class SlackChatAdapter implements ChatAdapter, AutoCloseable {
  /** Tries per message before it is dropped: the first post and its retries. */
  public static final int MAX_ATTEMPTS = 6;

  private static final Logger log = LoggerFactory.getLogger(SlackChatAdapter.class);
  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

  private final SlackRenderer renderer = new SlackRenderer();
  private final OutboundQueue queue;

  /**
   * @param poster posts one message to the Web API
   * @param subscriptions paused when a channel is gone or the bot is no longer in it
   * @param clock the time the rate limit is measured in
   * @param scheduler where posts and retries run; one thread is plenty
   */
  public SlackChatAdapter(
      MessagePoster poster,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler) {
    this.queue =
        new OutboundQueue(
            poster,
            chat -> pause(subscriptions, chat),
            clock,
            scheduler,
            MAX_ATTEMPTS,
            FIRST_BACK_OFF);
  }

  @Override
  public void send(ChatAddress chat, Reply reply) {
    if (!SlackMapper.PLATFORM.equals(chat.platform())) {
      throw new IllegalArgumentException("not a Slack chat: " + chat);
    }
    for (SlackMessage message : renderer.render(reply)) {
      queue.enqueue(new OutboundMessage(chat, message, 0));
    }
  }

  @Override
  public void close() {
    queue.close();
  }

  private static void pause(SubscriptionRepository subscriptions, ChatAddress chat) {
    int paused = subscriptions.pauseChat(chat);
    log.warn("Paused {} digest subscriptions of Slack channel {}", paused, chat.chatId());
  }
}
