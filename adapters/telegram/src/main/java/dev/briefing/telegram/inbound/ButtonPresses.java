package dev.briefing.telegram.inbound;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.telegram.outbound.MessageSlot;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Handles presses of the inline buttons under the bot's messages ({@code callback_query}). A press
 * runs its button's action through {@link CommandRouter#click} as the presser, after the same
 * access checks as a typed message. Every press is answered exactly once, before its replies are
 * queued: with no text when the action ran, with {@value #EXPIRED} when it could not (forged data,
 * a command no button runs, something gone, no message to answer in, a message too old to edit), or
 * with the refusal the access policy gives. The replies of a paging action ({@link #IN_PLACE}) edit
 * the message it was pressed on; others are sent quoting it.
 */
final class ButtonPresses {
  private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);

  /** The notice for a press whose action cannot run. */
  static final String EXPIRED = "This button has expired.";

  /** Actions whose replies replace the message they were pressed on: paging through a listing. */
  static final Set<String> IN_PLACE = Set.of("articles");

  private final TelegramMapper mapper;
  private final AccessPolicy access;
  private final AccessPolicy.ChatAdmins chatAdmins;
  private final CommandRouter router;
  private final TelegramChatAdapter out;
  private final BotMetrics metrics;

  /**
   * @param chatAdmins who administers a group or channel, asked for admin commands there
   */
  ButtonPresses(
      TelegramMapper mapper,
      AccessPolicy access,
      AccessPolicy.ChatAdmins chatAdmins,
      CommandRouter router,
      TelegramChatAdapter out,
      BotMetrics metrics) {
    this.mapper = mapper;
    this.access = access;
    this.chatAdmins = chatAdmins;
    this.router = router;
    this.out = out;
    this.metrics = metrics;
  }

  /**
   * Answers the press, then queues its replies.
   *
   * @param answered runs once Telegram accepted the first reply (answer latency)
   */
  void handle(CallbackQuery query, Integer updateId, Runnable answered) {
    if (query.getId() == null) {
      return; // nothing Telegram could match an answer to
    }
    Outcome outcome;
    try {
      outcome = decide(query);
    } catch (RuntimeException e) {
      log.error("Failed to handle a Telegram button press in update {}", updateId, e);
      outcome = Outcome.notice(EXPIRED);
    }
    out.answerButton(query.getId(), outcome.notice());
    if (outcome.press() != null) {
      deliver(outcome.press(), outcome.replies(), updateId, answered);
    }
  }

  private Outcome decide(CallbackQuery query) {
    Optional<ButtonPress> mapped = mapper.press(query);
    if (mapped.isEmpty()) {
      return Outcome.notice(EXPIRED);
    }
    ButtonPress press = mapped.get();
    IncomingMessage message = press.message();
    if (!access.admits(message)) {
      log.info(
          "Refused a button press by user {} in Telegram chat {}: not on the allowlist",
          message.userId(),
          message.chat());
      return Outcome.notice(AccessPolicy.NOT_ALLOWED);
    }
    metrics.messageIn(TelegramMapper.PLATFORM);
    Optional<String> refusal = access.adminRefusal(message, press.shared(), chatAdmins);
    if (refusal.isPresent()) {
      return Outcome.notice(refusal.get());
    }
    return router
        .click(message)
        .map(replies -> new Outcome(Optional.empty(), press, replies))
        .orElseGet(() -> Outcome.notice(EXPIRED));
  }

  private void deliver(ButtonPress press, List<Reply> replies, Integer updateId, Runnable done) {
    ChatAddress chat = press.message().chat();
    boolean inPlace =
        AccessPolicy.commandName(press.message().text()).filter(IN_PLACE::contains).isPresent();
    Optional<MessageSlot> into =
        inPlace ? Optional.of(MessageSlot.of(press.messageId())) : Optional.empty();
    for (Reply reply : replies) {
      out.answer(chat, reply, press.messageId(), updateId, done, into);
      into = Optional.empty(); // one message to replace: later replies are new messages
    }
  }

  /** What a press comes to: the notice it is answered with, and the replies of a press that ran. */
  private record Outcome(Optional<String> notice, ButtonPress press, List<Reply> replies) {
    static Outcome notice(String text) {
      return new Outcome(Optional.of(text), null, List.of());
    }
  }
}
