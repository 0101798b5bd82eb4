package dev.briefing.app;

import dev.briefing.core.BriefingException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every failure ends as one line on stderr starting {@code briefing: }, never a stack trace: exit
 * code 2 for bad input (options, files, configuration), 1 for a bug.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 1;

  private static final Logger log = LoggerFactory.getLogger(CliErrors.class);

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String help = command.getCommandSpec().qualifiedName() + " --help";
    print(command.getErr(), unknownFirst(e) + " (see '" + help + "')");
    return BAD_INPUT;
  }

  // Picocli reports a missing required option before an unknown one, yet the unknown option is
  // usually the typo to fix: name it first.
  private static String unknownFirst(ParameterException e) {
    ParseResult parsed = e.getCommandLine().getParseResult();
    if (e instanceof UnmatchedArgumentException || parsed == null || parsed.unmatched().isEmpty()) {
      return e.getMessage();
    }
    var unknown = new UnmatchedArgumentException(e.getCommandLine(), parsed.unmatched());
    return unknown.getMessage() + "; " + e.getMessage();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    if (e instanceof BriefingException) {
      print(command.getErr(), e.getMessage());
      return BAD_INPUT;
    }
    log.debug("Unexpected failure", e);
    print(command.getErr(), "unexpected error: " + e);
    return INTERNAL_ERROR;
  }

  /** Prints a message as one line, whatever line breaks it holds. */
  static void print(PrintWriter err, String message) {
    err.println("briefing: " + message.strip().replaceAll("\\s*\\R\\s*", " "));
    err.flush();
  }
}
