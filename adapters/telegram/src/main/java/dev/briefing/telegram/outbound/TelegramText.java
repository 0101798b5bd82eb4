package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.OutgoingFile;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What one Telegram message says: the outbound queue's payload.
 *
 * @param html the rendered text, HTML parse mode
 * @param replyTo the message it answers, if any
 * @param keyboard rows of inline buttons under it, each button's callback data its action
 * @param slot the message it fills, if any: it edits that message once the slot holds one
 * @param document a file sent as a document ({@code sendDocument}) instead of text; its html is
 *     then its file name, for the logs
 */
record TelegramText(
    String html,
    OptionalInt replyTo,
    List<List<Button>> keyboard,
    Optional<MessageSlot> slot,
    Optional<OutgoingFile> document) {
  // A briefing cites its sources as links: a preview of the first one would bury the answer.
  private static final LinkPreviewOptions NO_PREVIEW =
      LinkPreviewOptions.builder().isDisabled(true).build();

  TelegramText {
    if (html == null || html.isEmpty()) {
      throw new IllegalArgumentException("html must not be empty");
    }
    replyTo = replyTo == null ? OptionalInt.empty() : replyTo;
    keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    slot = slot == null ? Optional.empty() : slot;
    document = document == null ? Optional.empty() : document;
  }

  /** A text message. */
  TelegramText(
      String html, OptionalInt replyTo, List<List<Button>> keyboard, Optional<MessageSlot> slot) {
    this(html, replyTo, keyboard, slot, Optional.empty());
  }

  /** A message that is the file {@code file}, sent as a document. */
  static TelegramText document(OutgoingFile file) {
    return new TelegramText(
        file.name(), OptionalInt.empty(), List.of(), Optional.empty(), Optional.of(file));
  }

  /** A new message without buttons. */
  TelegramText(String html, OptionalInt replyTo) {
    this(html, replyTo, List.of(), Optional.empty());
  }

  /** The same text, quoting the message {@code messageId}. */
  TelegramText replyingTo(int messageId) {
    return new TelegramText(html, OptionalInt.of(messageId), keyboard, slot, document);
  }

  /** The same text with these rows of buttons under it. */
  TelegramText withKeyboard(List<List<Button>> rows) {
    return new TelegramText(html, replyTo, rows, slot, document);
  }

  /** The same text, filling {@code target}: posted into it, or editing the message it holds. */
  TelegramText filling(MessageSlot target) {
    return new TelegramText(html, replyTo, keyboard, Optional.of(target), document);
  }

  /** The message it edits now, if its slot holds one. */
  OptionalInt editing() {
    return slot.map(MessageSlot::messageId).orElse(OptionalInt.empty());
  }

  /** The Bot API request that sends it to {@code chat} (and its forum topic, if any). */
  SendMessage toSendMessage(ChatAddress chat) {
    SendMessage.SendMessageBuilder<?, ?> send =
        SendMessage.builder()
            .chatId(chat.chatId())
            .text(html)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(NO_PREVIEW);
    chat.threadId().flatMap(TelegramText::number).ifPresent(send::messageThreadId);
    replyTo.ifPresent(
        id ->
            send.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
    markup().ifPresent(send::replyMarkup);
    return send.build();
  }

  /** The Bot API request that sends its document to {@code chat} (and its forum topic, if any). */
  SendDocument toSendDocument(ChatAddress chat) {
    OutgoingFile file = document.orElseThrow();
    SendDocument.SendDocumentBuilder<?, ?> send =
        SendDocument.builder()
            .chatId(chat.chatId())
            .document(new InputFile(new ByteArrayInputStream(file.content()), file.name()));
    chat.threadId().flatMap(TelegramText::number).ifPresent(send::messageThreadId);
    replyTo.ifPresent(
        id ->
            send.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
    return send.build();
  }

  /**
   * The Bot API request that turns message {@code messageId} of {@code chat} into this text; with
   * no buttons, it removes any the message had.
   */
  EditMessageText toEditMessage(ChatAddress chat, int messageId) {
    EditMessageText.EditMessageTextBuilder<?, ?> edit =
        EditMessageText.builder()
            .chatId(chat.chatId())
            .messageId(messageId)
            .text(html)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(NO_PREVIEW);
    markup().ifPresent(edit::replyMarkup);
    return edit.build();
  }

  private Optional<InlineKeyboardMarkup> markup() {
    if (keyboard.isEmpty()) {
      return Optional.empty();
    }
    List<InlineKeyboardRow> rows =
        keyboard.stream()
            .map(
                row ->
                    new InlineKeyboardRow(
                        row.stream()
                            .map(
                                b ->
                                    InlineKeyboardButton.builder()
                                        .text(b.label())
                                        .callbackData(b.action())
                                        .build())
                            .toList()))
            .toList();
    return Optional.of(new InlineKeyboardMarkup(rows));
  }

  private static Optional<Integer> number(String id) {
    try {
      return Optional.of(Integer.parseInt(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
