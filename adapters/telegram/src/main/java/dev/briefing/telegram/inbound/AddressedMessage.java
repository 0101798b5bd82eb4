package dev.briefing.telegram.inbound;

import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.telegram.files.TelegramDocument;
import java.util.Optional;

/**
 * A Telegram message meant for the bot, in neutral form, with the id of the message to reply to.
 *
 * @param message the neutral message, mentions stripped
 * @param messageId the Telegram message id, so the answer can quote it
 * @param document a file sent with it, to download and attach before routing
 * @param shared whether it was sent in a group, supergroup or channel (chat type other than {@code
 *     private}), where admin commands are for the chat's admins
 */
public record AddressedMessage(
    IncomingMessage message, int messageId, Optional<TelegramDocument> document, boolean shared) {
  /** A message without a file, in a chat taken as shared: the side that asks for admin rights. */
  public AddressedMessage(IncomingMessage message, int messageId) {
    this(message, messageId, Optional.empty(), true);
  }

  /** A message without a file. */
  public AddressedMessage(IncomingMessage message, int messageId, boolean shared) {
    this(message, messageId, Optional.empty(), shared);
  }

  public AddressedMessage {
    if (message == null) {
      throw new IllegalArgumentException("message must not be null");
    }
    if (document == null) {
      throw new IllegalArgumentException("document must not be null");
    }
  }
}
