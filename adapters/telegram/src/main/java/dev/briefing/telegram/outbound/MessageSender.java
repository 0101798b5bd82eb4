package dev.briefing.telegram.outbound;

import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Bot API calls the Telegram chat adapter makes; {@link #of(TelegramClient)} in production. */
public interface MessageSender {
  /** Sends one message; returns it as Telegram posted it, with its message id. */
  Message send(SendMessage message) throws TelegramApiException;

  /** Sends a file as a document (multipart); returns the message Telegram posted. */
  Message sendDocument(SendDocument document) throws TelegramApiException;

  /** Edits a message the bot posted (its text and inline keyboard). */
  void edit(EditMessageText edit) throws TelegramApiException;

  /** Answers a button press: stops its spinner, with a short notice when the answer has text. */
  void answer(AnswerCallbackQuery answer) throws TelegramApiException;

  /** The calls made through a TelegramBots client. */
  static MessageSender of(TelegramClient client) {
    return new MessageSender() {
      @Override
      public Message send(SendMessage message) throws TelegramApiException {
        return client.execute(message);
      }

      @Override
      public Message sendDocument(SendDocument document) throws TelegramApiException {
        return client.execute(document);
      }

      @Override
      public void edit(EditMessageText edit) throws TelegramApiException {
        client.execute(edit);
      }

      @Override
      public void answer(AnswerCallbackQuery answer) throws TelegramApiException {
        client.execute(answer);
      }
    };
  }
}
