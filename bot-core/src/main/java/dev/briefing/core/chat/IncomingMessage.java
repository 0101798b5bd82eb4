package dev.briefing.core.chat;

import java.util.Optional;

/**
 * A message addressed to the bot, already stripped of platform details such as mentions.
 *
 * @param chat where it came from
 * @param userId who sent it
 * @param text what they wrote
 * @param attachment a file sent with it, read by {@code /add}
 * @param progress where a slow command reports what it is doing; {@link Progress#NONE} by default
 */
public record IncomingMessage(
    ChatAddress chat,
    String userId,
    String text,
    Optional<Attachment> attachment,
    Progress progress) {
  /** A message without a file. */
  public IncomingMessage(ChatAddress chat, String userId, String text) {
    this(chat, userId, text, Optional.empty());
  }

  /** A message whose progress goes nowhere. */
  public IncomingMessage(
      ChatAddress chat, String userId, String text, Optional<Attachment> attachment) {
    this(chat, userId, text, attachment, Progress.NONE);
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
    progress = progress == null ? Progress.NONE : progress;
  }

  /** The same message, reporting progress to {@code progress}. */
  public IncomingMessage withProgress(Progress progress) {
    return new IncomingMessage(chat, userId, text, attachment, progress);
  }

  /** The same message with other text, e.g. a button's action or a resolved follow-up. */
  public IncomingMessage withText(String text) {
    return new IncomingMessage(chat, userId, text, attachment, progress);
  }
}
