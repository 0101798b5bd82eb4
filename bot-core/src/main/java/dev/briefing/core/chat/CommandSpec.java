package dev.briefing.core.chat;

import java.util.regex.Pattern;

/**
 * One entry of the command table: the router dispatches on {@code name} and the help text lists
 * {@code description}.
 *
 * @param name the command without its slash, lower case, e.g. {@code summary}
 * @param description one line for the help text, naming the arguments if any, e.g. {@code Summarize
 *     the newest article: /summary 5 for five sentences}
 * @param command the handler
 */
public record CommandSpec(String name, String description, Command command) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public CommandSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "name must be lower-case letters, digits or _ without a slash, was " + name);
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("description must not be blank");
    }
    if (command == null) {
      throw new IllegalArgumentException("command must not be null");
    }
  }
}
