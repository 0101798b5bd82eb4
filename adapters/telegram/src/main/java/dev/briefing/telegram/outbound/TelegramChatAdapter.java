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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Delivers replies and digests to Telegram chats ({@link QueuedChatAdapter}): renders them as HTML,
 * split at Telegram's length limit, and queues the messages within Telegram's rate limits. A chat
 * that blocked the bot has its subscriptions paused, and a group that became a supergroup has them
 * moved (its replies complete once resent there).
 *
 * <p>A reply's buttons become an inline keyboard under its last message. A message may fill a
 * {@link MessageSlot}, editing the message there (a progress message, a listing paged in place)
 * through the same queue. Answers to button presses go out at once, outside the queue. A file the
 * reply carries follows its text as a document ({@code sendDocument}), queued like a message.
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
  private final ButtonAnswers buttons;

  /**
   * @param sender the platform's calls: sends and edits, queued; answers to button presses, direct
   * @param context the subscriptions to pause or move, the clock, the scheduler, the metrics and
   *     the budget shared with other instances
   */
  public TelegramChatAdapter(MessageSender sender, Context context) {
    super(
        OutboundPlatform.of(
            PLATFORM,
            "Telegram chat",
            new TelegramPoster(sender)::post,
            TelegramFailures::of,
            TelegramFailures::code),
        limits(),
        context);
    this.buttons = new ButtonAnswers(sender, context.metrics());
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
    return answer(chat, reply, messageId, updateId, firstAccepted, Optional.empty());
  }

  /**
   * As {@link #answer(ChatAddress, Reply, int, Integer, Runnable)}, but the first message fills
   * {@code into} when given: it edits the message there (a progress message, the listing whose
   * button was pressed), or is sent anew when that message cannot be edited any more.
   */
  public CompletableFuture<Void> answer(
      ChatAddress chat,
      Reply reply,
      int messageId,
      Integer updateId,
      Runnable firstAccepted,
      Optional<MessageSlot> into) {
    List<TelegramText> parts = new ArrayList<>(renderFor(chat, reply));
    if (!parts.isEmpty()) {
      TelegramText first = parts.get(0).replyingTo(messageId);
      parts.set(0, into.map(first::filling).orElse(first));
    }
    String update = updateId == null ? null : updateId.toString();
    return queueParts(chat, parts, update, firstAccepted).future();
  }

  /**
   * Where a command answering message {@code messageId} shows its progress: a message quoting it,
   * edited by later texts, that the answer then edits into its first part ({@link
   * TelegramProgress#claim()}).
   */
  public TelegramProgress progress(ChatAddress chat, int messageId, Integer updateId) {
    return new TelegramProgress(
        (text, slot) ->
            answer(chat, Reply.text(text), messageId, updateId, () -> {}, Optional.of(slot)));
  }

  /**
   * Answers a button press at once, outside the queue (Telegram shows a spinner until then, and the
   * answer is no chat message): with a short notice when {@code notice} is given. Never throws.
   */
  public void answerButton(String callbackQueryId, Optional<String> notice) {
    buttons.answer(callbackQueryId, notice);
  }

  /** As {@link #answer(ChatAddress, Reply, int, Integer, Runnable)}, timing nothing. */
  public CompletableFuture<Void> answer(
      ChatAddress chat, Reply reply, int messageId, Integer updateId) {
    return answer(chat, reply, messageId, updateId, () -> {});
  }

  @Override
  protected List<TelegramText> render(Reply reply) {
    List<TelegramText> parts =
        new ArrayList<>(
            renderer.render(reply).stream()
                .map(html -> new TelegramText(html, OptionalInt.empty()))
                .toList());
    if (!parts.isEmpty() && !reply.buttons().isEmpty()) { // the keyboard goes under the last part
      int last = parts.size() - 1;
      parts.set(last, parts.get(last).withKeyboard(reply.buttons()));
    }
    reply.file().ifPresent(file -> parts.add(TelegramText.document(file)));
    return parts;
  }
}
