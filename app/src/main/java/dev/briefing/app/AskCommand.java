package dev.briefing.app;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.model.Answer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing ask}: one question from the arguments, or many from stdin with --batch. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Answer a question with the articles' own sentences, each cited.")
final class AskCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(AskCommand.class);

  @Mixin private AnswerOutput output;

  @Option(
      names = "--article",
      paramLabel = "PATH",
      required = true,
      description = "An article file (.txt, .md or .html); repeat the option for several.")
  private List<Path> articles = new ArrayList<>();

  @Option(
      names = "--batch",
      description =
          "Read questions from stdin, one a line, and print one answer for each non-blank line,"
              + " in order (a blank line gets no answer).")
  private boolean batch;

  @Parameters(
      paramLabel = "QUESTION",
      arity = "0..*",
      description = "The question; several words are joined with spaces.")
  private List<String> words = new ArrayList<>();

  private final CliContext context;

  AskCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String question = String.join(" ", words).strip();
    if (batch && !question.isEmpty()) {
      throw output.usageError("give a QUESTION or --batch, not both");
    }
    if (!batch && question.isEmpty()) {
      throw output.usageError(
          "missing QUESTION, e.g. briefing ask --article news.txt Who is quoted?");
    }
    List<AnalyzedArticle> scope = context.analyze(articles);
    BriefingEngine engine = context.core().engine();
    AnswerWriter writer = output.writer(context.out());
    if (!batch) {
      writer.write(engine.ask(scope, question));
      return 0;
    }
    String line;
    while ((line = context.in().readLine()) != null) {
      if (!line.isBlank()) {
        writer.write(askOne(engine, scope, line.strip()));
      }
    }
    return 0;
  }

  // In a batch one bad question must not cost the others their answers, nor shift the lines.
  private static Answer askOne(
      BriefingEngine engine, List<AnalyzedArticle> scope, String question) {
    try {
      return engine.ask(scope, question);
    } catch (BriefingException e) {
      return Answer.notFound(e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Could not answer \"{}\": {}", question, e.toString());
      log.debug("Stack trace", e);
      return Answer.notFound(CommandRouter.GENERIC_ERROR);
    }
  }
}
