package dev.briefing.telegram.inbound;

/**
 * Who the bot is on Telegram, as getMe reports it at start.
 *
 * @param userId the bot's user id, to recognise replies to its own messages
 * @param username the bot's username without the {@code @}
 */
public record BotIdentity(long userId, String username) {
  public BotIdentity {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    if (username.startsWith("@")) {
      throw new IllegalArgumentException("username must not start with @, was " + username);
    }
  }
}
