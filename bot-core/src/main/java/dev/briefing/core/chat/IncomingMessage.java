package dev.briefing.core.chat;

/**
 * A message addressed to the bot, already stripped of platform details such as mentions.
 *
 * @param chat where it came from
 * @param userId who sent it
 * @param text what they wrote
 */
public record IncomingMessage(ChatAddress chat, String userId, String text) {
  public IncomingMessage {
    if (chat == null) {
      throw new IllegalArgumentException("chat must not be null");
    }
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    text = text == null ? "" : text;
  }
}
