package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.OutboundPlatform;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateLimits;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Delivers replies and digests to Telegram chats ({@link QueuedChatAdapter}): renders them as HTML,
 * split at Telegram's length limit, and queues the messages within Telegram's rate limits. A chat
 * that blocked the bot has its subscriptions paused, and a group that became a supergroup has them
 * moved (its replies complete once resent there).
 */
public final class TelegramChatAdapter extends QueuedChatAdapter<TelegramText> {
  /** The platform id of Telegram chats ({@code ChatAddress.platform()}). */
  public static final String PLATFORM = "telegram";

  /** Telegram's limit per bot token: messages a second, over all chats. */
  public static final int PER_TOKEN = 30;

  /**
   * The rate of the token's budget shared by several instances: one message a second below {@link
   * #PER_TOKEN}. The shared budget hands out evenly spaced slots, but the messages reach Telegram
   * after each instance's own network delay, so two slots 1/30 s apart may arrive closer; the
   * headroom keeps any one second at Telegram within 30.
   */
  public static final int SHARED_PER_TOKEN = PER_TOKEN - 1;

  private final TelegramRenderer renderer = new TelegramRenderer();

  /**
   * @param sender the platform's send
   * @param context the subscriptions to pause or move, the clock, the scheduler, the metrics and
   *     the budget shared with other instances
   */
  public TelegramChatAdapter(MessageSender sender, Context context) {
    super(
        OutboundPlatform.of(
            PLATFORM,
            "Telegram chat",
            m -> sender.send(m.payload().toSendMessage(m.chat())),
            TelegramFailures::of,
            TelegramFailures::code),
        limits(),
        context);
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

  /** Sends a reply whose first message quotes the message it answers. */
  public void reply(ChatAddress chat, Reply reply, int messageId) {
    answer(chat, reply, messageId, null, () -> {});
  }

  /**
   * Sends the answer to an update: its first message quotes the message it answers, its log lines
   * carry the update id, and {@code firstAccepted} runs once Telegram accepted its first message.
   */
  public CompletableFuture<Void> answer(
      ChatAddress chat, Reply reply, int messageId, Integer updateId, Runnable firstAccepted) {
    List<TelegramText> parts = new ArrayList<>(renderFor(chat, reply));
    if (!parts.isEmpty()) {
      parts.set(0, parts.get(0).replyingTo(messageId));
    }
    String update = updateId == null ? null : updateId.toString();
    return queueParts(chat, parts, update, firstAccepted).future();
  }

  /** As {@link #answer(ChatAddress, Reply, int, Integer, Runnable)}, timing nothing. */
  public CompletableFuture<Void> answer(
      ChatAddress chat, Reply reply, int messageId, Integer updateId) {
    return answer(chat, reply, messageId, updateId, () -> {});
  }

  @Override
  protected List<TelegramText> render(Reply reply) {
    return renderer.render(reply).stream()
        .map(html -> new TelegramText(html, OptionalInt.empty()))
        .toList();
  }
}
