package dev.briefing.telegram.inbound;

import dev.briefing.core.chat.IncomingMessage;
import java.time.Instant;

/**
 * A press of an inline button under one of the bot's messages, as the message it stands for.
 *
 * @param message from the presser, in the chat of the pressed message, its text the button's data
 * @param messageId the message the button is under, which a paging action edits
 * @param posted when that message was posted (a bot edits its own messages at any age; one Telegram
 *     no longer shows comes with no date and is no press at all)
 * @param shared whether the chat is a group, supergroup or channel, where admin commands are for
 *     the chat's admins
 */
public record ButtonPress(IncomingMessage message, int messageId, Instant posted, boolean shared) {
  public ButtonPress {
    if (message == null || posted == null) {
      throw new IllegalArgumentException("message and posted must not be null");
    }
    if (messageId <= 0) {
      throw new IllegalArgumentException("messageId must be positive, was " + messageId);
    }
  }
}
