package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ReplyParts;
import java.util.OptionalInt;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * One Telegram message waiting to go out.
 *
 * @param chat where it goes
 * @param html the rendered text, HTML parse mode
 * @param replyTo the message it answers, if any
 * @param attempt how many times it was tried already
 * @param delivery the reply or digest it is a part of, told when it is accepted or dropped
 * @param updateId the update it answers, for log lines; null for digests and other sends
 */
record OutboundMessage(
    ChatAddress chat,
    String html,
    OptionalInt replyTo,
    int attempt,
    ReplyParts delivery,
    Integer updateId) {
  /** A message on its own, that nobody waits for. */
  OutboundMessage(ChatAddress chat, String html, OptionalInt replyTo, int attempt) {
    this(chat, html, replyTo, attempt, ReplyParts.single(), null);
  }

  OutboundMessage {
    if (chat == null) {
      throw new IllegalArgumentException("chat must not be null");
    }
    if (html == null || html.isEmpty()) {
      throw new IllegalArgumentException("html must not be empty");
    }
    replyTo = replyTo == null ? OptionalInt.empty() : replyTo;
    if (delivery == null) {
      throw new IllegalArgumentException("delivery must not be null");
    }
  }

  OutboundMessage retried() {
    return new OutboundMessage(chat, html, replyTo, attempt + 1, delivery, updateId);
  }

  OutboundMessage movedTo(ChatAddress newChat) {
    return new OutboundMessage(newChat, html, replyTo, attempt, delivery, updateId);
  }

  SendMessage toSendMessage() {
    SendMessage.SendMessageBuilder<?, ?> send =
        SendMessage.builder().chatId(chat.chatId()).text(html).parseMode(ParseMode.HTML);
    chat.threadId().flatMap(OutboundMessage::number).ifPresent(send::messageThreadId);
    replyTo.ifPresent(
        id ->
            send.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
    return send.build();
  }

  private static java.util.Optional<Integer> number(String id) {
    try {
      return java.util.Optional.of(Integer.parseInt(id));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
