package dev.briefing.telegram.settings;

import dev.briefing.core.chat.IncomingMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to the bot and who may change what a whole chat shares. Empty allowlists allow
 * everyone; an empty admin set lets everyone use every command.
 *
 * @param allowedChats chat ids the bot answers in; empty for all
 * @param allowedUsers user ids the bot answers; empty for all
 * @param admins user ids allowed to use {@code adminCommands}; empty for everyone
 * @param adminCommands command names (no slash) that change shared state, e.g. {@code subscribe}
 */
public record AccessPolicy(
    Set<String> allowedChats,
    Set<String> allowedUsers,
    Set<String> admins,
    Set<String> adminCommands) {

  /** What the user reads when an allowlist keeps them out. */
  public static final String NOT_ALLOWED =
      "Sorry, this bot is private and not available here. Ask its owner for access.";

  public AccessPolicy {
    allowedChats = Set.copyOf(allowedChats);
    allowedUsers = Set.copyOf(allowedUsers);
    admins = Set.copyOf(admins);
    adminCommands = Set.copyOf(adminCommands);
  }

  /** Everyone may use everything. */
  public static AccessPolicy open() {
    return new AccessPolicy(Set.of(), Set.of(), Set.of(), TelegramSettings.DEFAULT_ADMIN_COMMANDS);
  }

  /** Whether the allowlists let this message in. */
  public boolean admits(IncomingMessage message) {
    boolean chatOk = allowedChats.isEmpty() || allowedChats.contains(message.chat().chatId());
    boolean userOk = allowedUsers.isEmpty() || allowedUsers.contains(message.userId());
    return chatOk && userOk;
  }

  /** The refusal for a non-admin using an admin command, or empty when the message may proceed. */
  public Optional<String> adminRefusal(IncomingMessage message) {
    if (admins.isEmpty() || admins.contains(message.userId())) {
      return Optional.empty();
    }
    return commandName(message.text())
        .filter(adminCommands::contains)
        .map(name -> "Only the bot's admins can use /" + name + ".");
  }

  private static Optional<String> commandName(String text) {
    String stripped = text.strip();
    if (!stripped.startsWith("/")) {
      return Optional.empty();
    }
    int end = 1;
    while (end < stripped.length()
        && !Character.isWhitespace(stripped.charAt(end))
        && stripped.charAt(end) != '@') {
      end++;
    }
    return Optional.of(stripped.substring(1, end).toLowerCase(Locale.ROOT));
  }
}
