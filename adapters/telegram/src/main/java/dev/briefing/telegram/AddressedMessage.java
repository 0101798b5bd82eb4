package dev.briefing.telegram;

import dev.briefing.core.chat.IncomingMessage;

/**
 * A Telegram message meant for the bot, in neutral form, with the id of the message to reply to.
 *
 * @param message the neutral message, mentions stripped
 * @param messageId the Telegram message id, so the answer can quote it
 */
public record AddressedMessage(IncomingMessage message, int messageId) {
  public AddressedMessage {
    if (message == null) {
      throw new IllegalArgumentException("message must not be null");
    }
  }
}
