package dev.briefing.storage;

import dev.briefing.core.BriefingException;
import java.util.List;

/** The database settings are wrong; the message lists every problem, one a line. */
public final class DatabaseSettingsException extends BriefingException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public DatabaseSettingsException(List<String> problems) {
    super("invalid database settings: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
