package dev.briefing.core.chat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to the bot and who may change what a whole chat shares, the same on every platform.
 * Empty allowlists allow everyone. In a private chat everyone runs every command: the chat is
 * theirs. In a group or channel, {@code adminCommands} (those that change what the chat receives)
 * are for the bot's configured {@code admins} and for the chat's own admins as the platform reports
 * them ({@link ChatAdmins}); an empty {@code adminCommands} lets every member run everything.
 *
 * @param allowedChats chat ids the bot answers in; empty for all
 * @param allowedUsers user ids the bot answers; empty for all
 * @param admins user ids that may run {@code adminCommands} in any chat
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

  /** The commands that change what a whole chat receives: admin-only in groups by default. */
  public static final Set<String> DEFAULT_ADMIN_COMMANDS =
      Set.of(
          "subscribe",
          "unsubscribe",
          "pause",
          "resume",
          "timezone",
          "add",
          "feed",
          "use",
          "filter");

  /** Port: whether a user administers a group or channel, as the platform says (cached there). */
  @FunctionalInterface
  public interface ChatAdmins {
    /** Knows no chat admins: only the configured admins run admin commands in groups. */
    ChatAdmins NONE = (chat, userId) -> false;

    boolean isAdmin(ChatAddress chat, String userId);
  }

  public AccessPolicy {
    allowedChats = Set.copyOf(allowedChats);
    allowedUsers = Set.copyOf(allowedUsers);
    admins = Set.copyOf(admins);
    adminCommands = Set.copyOf(adminCommands);
  }

  /** Everyone may talk to the bot; in groups the default admin commands are for chat admins. */
  public static AccessPolicy open() {
    return new AccessPolicy(Set.of(), Set.of(), Set.of(), DEFAULT_ADMIN_COMMANDS);
  }

  /** Whether the allowlists let this message in. */
  public boolean admits(IncomingMessage message) {
    boolean chatOk = allowedChats.isEmpty() || allowedChats.contains(message.chat().chatId());
    boolean userOk = allowedUsers.isEmpty() || allowedUsers.contains(message.userId());
    return chatOk && userOk;
  }

  /**
   * The refusal for a member running an admin command in a shared chat, or empty when the message
   * may proceed. Asks {@code chatAdmins} only for an admin command from someone not configured as
   * an admin, so ordinary questions cost no platform call.
   *
   * @param shared whether the chat is a group or channel (not a private chat with the bot)
   */
  public Optional<String> adminRefusal(
      IncomingMessage message, boolean shared, ChatAdmins chatAdmins) {
    if (!shared || admins.contains(message.userId())) {
      return Optional.empty();
    }
    Optional<String> command = commandName(message.text()).filter(adminCommands::contains);
    if (command.isEmpty() || chatAdmins.isAdmin(message.chat(), message.userId())) {
      return Optional.empty();
    }
    return Optional.of(
        "Only this chat's admins can use /" + command.get() + " here; ask one of them.");
  }

  /** The command a message runs, lower case without slash or {@code @bot}, if it is a command. */
  public static Optional<String> commandName(String text) {
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
