package dev.briefing.telegram;

import dev.briefing.core.chat.CommandSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command table as Telegram's command menu (setMyCommands), within Telegram's limits. */
final class BotCommands {
  static final int MAX_COMMANDS = 100;
  static final int MAX_DESCRIPTION = 256;
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

  private BotCommands() {}

  /** Commands with names Telegram accepts, descriptions cut to 256 characters, at most 100. */
  static List<BotCommand> from(List<CommandSpec> table) {
    List<BotCommand> commands = new ArrayList<>();
    for (CommandSpec spec : table) {
      if (commands.size() < MAX_COMMANDS && NAME.matcher(spec.name()).matches()) {
        commands.add(new BotCommand(spec.name(), description(spec.description())));
      }
    }
    return commands;
  }

  private static String description(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() <= MAX_DESCRIPTION) {
      return line;
    }
    int end = MAX_DESCRIPTION - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "…";
  }
}
