package dev.briefing.core.chat;

import java.util.Optional;

/**
 * A message addressed to the bot, already stripped of platform details such as mentions.
 *
 * @param chat where it came from
 * @param userId who sent it
 * @param text what they wrote
 * @param attachment a file sent with it, read by {@code /add}
 */
public record IncomingMessage(
    ChatAddress chat, String userId, String text, Optional<Attachment> attachment) {
  /** A message without a file. */
  public IncomingMessage(ChatAddress chat, String userId, String text) {
    this(chat, userId, text, Optional.empty());
  }

  public IncomingMessage {
    if (chat == null) {
      throw new IllegalArgumentException("chat must not be null");
    }
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    text = text == null ? "" : text;
    attachment = attachment == null ? Optional.empty() : attachment;
  }
}
