package dev.briefing.core.chat;

import dev.briefing.core.BriefingException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot as a function from a message to replies. {@code /name arguments} goes to the command of
 * that name in the command table ({@code /name@botname} too, as group chats write it); any other
 * text is a question for the free-text command. An unknown command gets the help text with the
 * closest command suggested.
 *
 * <p>Errors never escape: a {@link BriefingException}'s message is the reply as is; anything else
 * is logged once here and the user gets a short generic reply.
 */
public final class CommandRouter {
  /** What the user reads when a command fails unexpectedly. */
  public static final String GENERIC_ERROR =
      "Sorry, something went wrong on my side while handling that. Please try again.";

  private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);
  private static final int MAX_LOGGED_TEXT = 200;

  /**
   * The commands a {@link Button} may run. Each fails with a {@code BriefingException} when what it
   * names is gone or belongs to another chat, which {@link #click} turns into "expired".
   */
  public static final Set<String> CLICKABLE =
      Set.of("articles", "summary", "use", "pause", "resume", "unsubscribe", "more");

  private final Map<String, CommandSpec> commands;
  private final Command freeText;

  /**
   * @param table the commands, in the order the help text lists them
   * @param freeText handles any message that is not a command, with the whole text as arguments
   */
  public CommandRouter(List<CommandSpec> table, Command freeText) {
    Map<String, CommandSpec> byName = new LinkedHashMap<>();
    for (CommandSpec spec : table) {
      if (byName.putIfAbsent(spec.name(), spec) != null) {
        throw new IllegalArgumentException("duplicate command /" + spec.name());
      }
    }
    this.commands = Collections.unmodifiableMap(byName);
    this.freeText = Objects.requireNonNull(freeText, "freeText");
  }

  /** Handles one message; never throws. */
  public List<Reply> route(IncomingMessage message) {
    String text = message.text().strip();
    try {
      if (text.isEmpty()) {
        return List.of(Reply.text(helpText()));
      }
      if (!text.startsWith("/")) {
        return freeText.handle(message, text);
      }
      int end = firstWhitespace(text);
      String name = commandName(text.substring(1, end));
      CommandSpec spec = commands.get(name);
      if (spec == null) {
        return List.of(Reply.text(unknownCommand(name)));
      }
      return spec.command().handle(message, text.substring(end).strip());
    } catch (BriefingException e) {
      return List.of(Reply.text(e.getMessage()));
    } catch (RuntimeException e) {
      log.error(
          "Failed to handle a message in chat {} from user {}: {}",
          message.chat(),
          message.userId(),
          abbreviate(text),
          e);
      return List.of(Reply.text(GENERIC_ERROR));
    }
  }

  /**
   * Handles a button press: {@code message}'s text is the button's action. Only the commands a
   * button may run ({@link #CLICKABLE}) run, with the presser's permissions as if typed. Empty when
   * the button has expired: its data is not such a command (forged), or the command fails because
   * what it names is gone or not the presser's (stale, foreign) — then nothing changed, and the
   * platform shows a short "this button has expired" notice instead of a reply. Never throws.
   */
  public Optional<List<Reply>> click(IncomingMessage message) {
    String text = message.text().strip();
    if (!text.startsWith("/") || text.length() > 2 * Button.MAX_ACTION_BYTES) {
      return Optional.empty();
    }
    int end = firstWhitespace(text);
    String name = commandName(text.substring(1, end));
    CommandSpec spec = commands.get(name);
    if (spec == null || !CLICKABLE.contains(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(spec.command().handle(message, text.substring(end).strip()));
    } catch (BriefingException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      log.error(
          "Failed to handle a button in chat {} from user {}: {}",
          message.chat(),
          message.userId(),
          abbreviate(text),
          e);
      return Optional.of(List.of(Reply.text(GENERIC_ERROR)));
    }
  }

  /** The help text, generated from the command table. */
  public String helpText() {
    StringBuilder help =
        new StringBuilder("Type a question about the articles, or one of these commands:");
    commands
        .values()
        .forEach(c -> help.append("\n/").append(c.name()).append(" — ").append(c.description()));
    return help.toString();
  }

  /**
   * The help for one command ({@code /help summary}, the slash optional): its line of the help
   * text; for a name the table does not know, the closest command and the whole help.
   */
  public String helpFor(String typed) {
    String name = commandName(typed.strip().replaceFirst("^/", ""));
    CommandSpec spec = commands.get(name);
    return spec == null ? unknownCommand(name) : "/" + spec.name() + " — " + spec.description();
  }

  /** The command name closest to {@code typed}, when one is close enough to be a likely typo. */
  Optional<String> suggest(String typed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : commands.keySet()) {
      int distance = typed.length() >= 2 && name.startsWith(typed) ? 1 : editDistance(typed, name);
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, typed.length() / 3)
        ? Optional.ofNullable(best)
        : Optional.empty();
  }

  private String unknownCommand(String name) {
    if (name.isEmpty()) {
      return helpText();
    }
    String head = "I don't know the command /" + name + ".";
    String hint = suggest(name).map(s -> " Did you mean /" + s + "?").orElse("");
    return head + hint + "\n\n" + helpText();
  }

  private static String commandName(String token) {
    int at = token.indexOf('@');
    return (at < 0 ? token : token.substring(0, at)).toLowerCase(Locale.ROOT);
  }

  private static int firstWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_LOGGED_TEXT ? text : text.substring(0, MAX_LOGGED_TEXT) + "…";
  }

  // Levenshtein distance; command names are short, so the quadratic table is fine.
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
