package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.ChatAddress;
import java.util.Optional;
import java.util.OptionalInt;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * What one Telegram message says: the outbound queue's payload.
 *
 * @param html the rendered text, HTML parse mode
 * @param replyTo the message it answers, if any
 */
record TelegramText(String html, OptionalInt replyTo) {
  TelegramText {
    if (html == null || html.isEmpty()) {
      throw new IllegalArgumentException("html must not be empty");
    }
    replyTo = replyTo == null ? OptionalInt.empty() : replyTo;
  }

  /** The same text, quoting the message {@code messageId}. */
  TelegramText replyingTo(int messageId) {
    return new TelegramText(html, OptionalInt.of(messageId));
  }

  /** The Bot API request that sends it to {@code chat} (and its forum topic, if any). */
  SendMessage toSendMessage(ChatAddress chat) {
    SendMessage.SendMessageBuilder<?, ?> send =
        SendMessage.builder().chatId(chat.chatId()).text(html).parseMode(ParseMode.HTML);
    chat.threadId().flatMap(TelegramText::number).ifPresent(send::messageThreadId);
    replyTo.ifPresent(
        id ->
            send.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
    return send.build();
  }

  private static Optional<Integer> number(String id) {
    try {
      return Optional.of(Integer.parseInt(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
