package dev.briefing.app;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code ask} and {@code summarize} share, mixed into each: the {@code --json} switch and
 * their usage errors.
 */
final class AnswerOutput {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = "--json", description = "Print {\"found\", \"answer\", \"citations\"} as JSON.")
  private boolean json;

  /** Prints the command's answers in the format asked for. */
  AnswerWriter writer(PrintWriter out) {
    return new AnswerWriter(out, json);
  }

  /** Bad usage of the command: printed with a pointer to its {@code --help}, exit code 2. */
  ParameterException usageError(String message) {
    return new ParameterException(command.commandLine(), message);
  }
}
