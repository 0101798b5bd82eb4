package dev.briefing.app;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing summarize}: an extractive summary of one article. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Summarize an article in N of its own sentences, in article order.")
final class SummarizeCommand implements Callable<Integer> {
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

  @Mixin private AnswerOutput output;

  private final CliContext context;

  SummarizeCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (sentences < 1) {
      throw output.usageError("--sentences must be a whole number of at least 1, was " + sentences);
    }
    AnalyzedArticle analyzed = context.analyze(List.of(article)).get(0);
    output.writer(context.out()).write(context.core().engine().summarize(analyzed, sentences));
    return 0;
  }
}
