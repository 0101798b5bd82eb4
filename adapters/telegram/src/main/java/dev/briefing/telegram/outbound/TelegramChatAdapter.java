package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
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
import dev.briefing.core.outbound.TaskScheduler;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Delivers replies and digests to Telegram chats: renders them as HTML, splits long ones, and
 * queues the messages within Telegram's rate limits. {@link #send} returns once the messages are
 * queued; {@link #deliver} returns a future that tells when Telegram accepted them all. A chat that
 * blocked the bot has its subscriptions paused, and a group that became a supergroup has them
 * moved.
 *
 * <p>Shutting down is {@link #drain} (wait a bounded time for the queue to empty), then {@link
 * #close()} (hand back what is left: those deliveries fail with {@link NotDelivered#handedBack()}).
 */
public final class TelegramChatAdapter implements ChatAdapter, AutoCloseable {
  /** Tries per message before it is dropped: the first send and its retries. */
  /** The platform id of Telegram chats ({@code ChatAddress.platform()}). */
  public static final String PLATFORM = "telegram";

  public static final int MAX_ATTEMPTS = 6;

  /** Telegram's limit per bot token: messages a second, over all chats. */
  public static final int PER_TOKEN = 30;

  /**
   * The rate of the token's budget shared by several instances: one message a second below {@link
   * #PER_TOKEN}. The shared budget hands out evenly spaced slots, but the messages reach Telegram
   * after each instance's own network delay, so two slots 1/30 s apart may arrive closer; the
   * headroom keeps any one second at Telegram within 30.
   */
  public static final int SHARED_PER_TOKEN = PER_TOKEN - 1;

  private static final Duration FIRST_BACK_OFF = Duration.ofSeconds(1);

  private final TelegramRenderer renderer;
  private final OutboundQueue<TelegramText> queue;

  /**
   * Counts nothing; otherwise as {@link #TelegramChatAdapter(MessageSender, SubscriptionRepository,
   * Clock, TaskScheduler, BotMetrics)}.
   */
  public TelegramChatAdapter(
      MessageSender sender,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler) {
    this(sender, subscriptions, clock, scheduler, BotMetrics.NONE);
  }

  /**
   * @param sender sends one message to the Bot API
   * @param subscriptions paused when a chat blocks the bot, moved when a group migrates
   * @param clock the time the rate limits are measured in
   * @param scheduler where sends and retries run; one thread is plenty
   * @param metrics counts messages accepted, platform errors and the queue's depth
   */
  public TelegramChatAdapter(
      MessageSender sender,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics) {
    this(sender, subscriptions, clock, scheduler, metrics, RateBudget.unlimited());
  }

  /**
   * As {@link #TelegramChatAdapter(MessageSender, SubscriptionRepository, Clock, TaskScheduler,
   * BotMetrics)}, drawing every send also from {@code shared}: the token's budget of 30 messages a
   * second shared with the other instances on the same database.
   */
  public TelegramChatAdapter(
      MessageSender sender,
      SubscriptionRepository subscriptions,
      Clock clock,
      TaskScheduler scheduler,
      BotMetrics metrics,
      RateBudget shared) {
    this.renderer = new TelegramRenderer();
    this.queue =
        new OutboundQueue<>(
            OutboundPlatform.of(
                PLATFORM,
                "Telegram chat",
                m -> sender.send(m.payload().toSendMessage(m.chat())),
                TelegramFailures::of,
                TelegramFailures::code),
            limits().sharing(shared),
            ChatEvents.updating(subscriptions, "Telegram chat"),
            clock,
            scheduler,
            MAX_ATTEMPTS,
            FIRST_BACK_OFF,
            metrics);
    metrics.queueDepth(PLATFORM, queue::depth);
  }

  /**
   * Telegram's published limits: one message a second per chat, twenty a minute per group (group
   * ids are negative) and thirty a second in all.
   */
  static RateLimits limits() {
    return RateLimits.perChat(Duration.ofSeconds(1))
        .withGroups(chatId -> chatId.startsWith("-"), 20, Duration.ofMinutes(1))
        .withOverall(PER_TOKEN, Duration.ofSeconds(1));
  }

  /** Queues the reply and returns; failures are logged, never reported to the caller. */
  @Override
  public void send(ChatAddress chat, Reply reply) {
    enqueue(chat, reply, OptionalInt.empty(), null, () -> {});
  }

  /**
   * Queues the reply; the future completes when Telegram accepted every part of it, and fails with
   * {@link NotDelivered}: refused when a part was dropped (the chat blocked the bot, Telegram
   * rejected it, or the retries ran out), handed back when the adapter closed before any part was
   * sent. It always completes, at the latest when the adapter closes; a migrated group's reply
   * completes once resent to the supergroup.
   */
  @Override
  public CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
    try {
      return enqueue(chat, reply, OptionalInt.empty(), null, () -> {});
    } catch (RuntimeException e) { // not a Telegram chat: failed, as the port's default does
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Sends a reply whose first message quotes the message it answers. */
  public void reply(ChatAddress chat, Reply reply, int messageId) {
    enqueue(chat, reply, OptionalInt.of(messageId), null, () -> {});
  }

  /**
   * Sends the answer to an update: its first message quotes the message it answers, its log lines
   * carry the update id, and {@code firstAccepted} runs once Telegram accepted its first message.
   */
  public CompletableFuture<Void> answer(
      ChatAddress chat, Reply reply, int messageId, Integer updateId, Runnable firstAccepted) {
    return enqueue(chat, reply, OptionalInt.of(messageId), updateId, firstAccepted);
  }

  /** As {@link #answer(ChatAddress, Reply, int, Integer, Runnable)}, timing nothing. */
  public CompletableFuture<Void> answer(
      ChatAddress chat, Reply reply, int messageId, Integer updateId) {
    return answer(chat, reply, messageId, updateId, () -> {});
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

  private CompletableFuture<Void> enqueue(
      ChatAddress chat, Reply reply, OptionalInt replyTo, Integer updateId, Runnable first) {
    if (!PLATFORM.equals(chat.platform())) {
      throw new IllegalArgumentException("not a Telegram chat: " + chat);
    }
    List<String> chunks = renderer.render(reply);
    if (chunks.isEmpty()) {
      return CompletableFuture.completedFuture(null); // nothing to show, nothing to wait for
    }
    ReplyParts delivery = new ReplyParts(chunks.size(), first);
    String update = updateId == null ? null : updateId.toString();
    List<Outgoing<TelegramText>> messages = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      OptionalInt quoted = i == 0 ? replyTo : OptionalInt.empty();
      messages.add(Outgoing.of(chat, new TelegramText(chunks.get(i), quoted), delivery, update));
    }
    CompletableFuture<Void> done = delivery.future();
    queue.enqueue(messages);
    return done;
  }
}
