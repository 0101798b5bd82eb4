package dev.briefing.core.chat;

import java.util.List;

/** One chat command, e.g. {@code /summary}. Throws a BriefingException for a user error. */
@FunctionalInterface
public interface Command {
  /**
   * Handles the command.
   *
   * @param message the whole incoming message
   * @param arguments the text after the command name, trimmed (empty when none)
   */
  List<Reply> handle(IncomingMessage message, String arguments);
}
