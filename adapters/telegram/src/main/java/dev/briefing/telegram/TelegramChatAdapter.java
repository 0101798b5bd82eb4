package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * Delivers replies and digests to Telegram chats: renders them as HTML, splits long ones, and
 * queues the messages within Telegram's rate limits. {@link #send} returns once the messages are
 * queued; a chat that blocked the bot has its subscriptions paused, and a group that became a
 * supergroup has them moved.
 */
public final class TelegramChatAdapter implements ChatAdapter, AutoCloseable {
  /** Tries per message before it is dropped: the first send and its retries. */
  public static final int MAX_ATTEMPTS = 6;

  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

  private final TelegramRenderer renderer;
  private final OutboundQueue queue;

  /**
   * @param sender sends one message to the Bot API
   * @param subscriptions paused when a chat blocks the bot, moved when a group migrates
   * @param clock the time the rate limits are measured in
   * @param scheduler where sends and retries run; one thread is plenty
   */
  public TelegramChatAdapter(
      MessageSender sender,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler) {
    this(
        new TelegramRenderer(),
        new OutboundQueue(
            sender,
            RateLimits.telegram(),
            ChatEvents.updating(subscriptions),
            clock,
            scheduler,
            MAX_ATTEMPTS,
            FIRST_BACK_OFF));
  }

  TelegramChatAdapter(TelegramRenderer renderer, OutboundQueue queue) {
    this.renderer = renderer;
    this.queue = queue;
  }

  @Override
  public void send(ChatAddress chat, Reply reply) {
    enqueue(chat, reply, OptionalInt.empty());
  }

  /** Sends a reply whose first message quotes the message it answers. */
  public void reply(ChatAddress chat, Reply reply, int messageId) {
    enqueue(chat, reply, OptionalInt.of(messageId));
  }

  @Override
  public void close() {
    queue.close();
  }

  private void enqueue(ChatAddress chat, Reply reply, OptionalInt replyTo) {
    if (!TelegramMapper.PLATFORM.equals(chat.platform())) {
      throw new IllegalArgumentException("not a Telegram chat: " + chat);
    }
    List<String> chunks = renderer.render(reply);
    for (int i = 0; i < chunks.size(); i++) {
      queue.enqueue(
          new OutboundMessage(chat, chunks.get(i), i == 0 ? replyTo : OptionalInt.empty(), 0));
    }
  }
}
