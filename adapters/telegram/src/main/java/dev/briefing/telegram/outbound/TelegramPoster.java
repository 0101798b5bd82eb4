package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.outbound.Outgoing;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Puts one {@link TelegramText} in its chat, the outbound queue's send: edits the message its slot
 * holds, else sends a new message (and puts it in the slot). An edit that changes nothing ("message
 * is not modified") has done its job; one Telegram refuses because the message is gone or too old
 * to edit becomes a new message. Other failures are thrown for the queue to sort and retry.
 */
final class TelegramPoster {
  private static final Logger log = LoggerFactory.getLogger(TelegramPoster.class);
  private static final String NOT_MODIFIED = "message is not modified";

  private final MessageSender sender;

  TelegramPoster(MessageSender sender) {
    this.sender = sender;
  }

  void post(Outgoing<TelegramText> message) throws TelegramApiException {
    ChatAddress chat = message.chat();
    TelegramText text = message.payload();
    if (text.document().isPresent()) {
      sender.sendDocument(text.toSendDocument(chat));
      return;
    }
    OptionalInt editing = text.editing();
    if (editing.isPresent() && edited(chat, text, editing.getAsInt())) {
      return;
    }
    Message sent = sender.send(text.toSendMessage(chat));
    if (sent != null && sent.getMessageId() != null) {
      text.slot().ifPresent(slot -> slot.posted(sent.getMessageId()));
    }
  }

  // False when the message cannot be edited any more (deleted, too old), so a new one is sent.
  private boolean edited(ChatAddress chat, TelegramText text, int messageId)
      throws TelegramApiException {
    try {
      sender.edit(text.toEditMessage(chat, messageId));
      return true;
    } catch (TelegramApiRequestException e) {
      if (!uneditable(e)) {
        throw e;
      }
      if (describes(e, NOT_MODIFIED)) {
        return true;
      }
      log.info(
          "Could not edit message {} in Telegram chat {} ({}); sending it anew",
          messageId,
          chat,
          e.getApiResponse());
      return false;
    }
  }

  // A 400 about the message itself; a migrated group is the queue's to follow.
  private static boolean uneditable(TelegramApiRequestException e) {
    return e.getErrorCode() != null
        && e.getErrorCode() == 400
        && (e.getParameters() == null || e.getParameters().getMigrateToChatId() == null);
  }

  private static boolean describes(TelegramApiRequestException e, String words) {
    String description = e.getApiResponse();
    return description != null && description.toLowerCase(Locale.ROOT).contains(words);
  }
}
