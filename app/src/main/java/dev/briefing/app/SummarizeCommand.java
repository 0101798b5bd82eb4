package dev.briefing.app;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code briefing summarize}: an extractive summary of one article. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Summarize an article in N of its own sentences, in article order.")
final class SummarizeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--article",
      paramLabel = "PATH",
      required = true,
      description = "The article file (.txt, .md or .html).")
  private Path article;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      description = "How many sentences (default: ${DEFAULT-VALUE}).")
  private int sentences = BriefingEngine.DEFAULT_SUMMARY_SENTENCES;

  @Option(names = "--json", description = "Print {\"found\", \"answer\", \"citations\"} as JSON.")
  private boolean json;

  private final CliContext context;

  SummarizeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (sentences < 1) {
      throw new ParameterException(
          spec.commandLine(), "--sentences must be a whole number of at least 1, was " + sentences);
    }
    AnalyzedArticle analyzed = context.analyze(List.of(article)).get(0);
    new AnswerWriter(context.out(), json)
        .write(context.core().engine().summarize(analyzed, sentences));
    return 0;
  }
}
