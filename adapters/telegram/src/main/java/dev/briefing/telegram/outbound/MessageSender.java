package dev.briefing.telegram.outbound;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Sends one message to the Bot API; {@code telegramClient::execute} in production. */
@FunctionalInterface
public interface MessageSender {
  void send(SendMessage message) throws TelegramApiException;
}
