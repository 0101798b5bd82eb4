package dev.briefing.app.config;

import dev.briefing.core.BriefingException;
import java.util.List;

/** The configuration is invalid; the message lists every problem at once, on one line. */
final class ConfigException extends BriefingException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ConfigException(String source, List<String> problems) {
    super(
        "invalid configuration in "
            + source
            + " ("
            + problems.size()
            + (problems.size() == 1 ? " problem): " : " problems): ")
            + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
