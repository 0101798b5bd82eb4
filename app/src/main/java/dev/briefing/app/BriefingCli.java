package dev.briefing.app;

import dev.briefing.app.wiring.FrontendFactory;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run} (the default), {@code ask} and {@code summarize}. Scripts depend on
 * it: keep options, output and exit codes as the README describes them.
 */
@Command(
    name = "briefing",
    description = "A news briefing bot: answers questions about articles with their own sentences.",
    mixinStandardHelpOptions = true,
    versionProvider = BriefingCli.Version.class)
final class BriefingCli implements Callable<Integer> {
  private final RunCommand run;

  private BriefingCli(RunCommand run) {
    this.run = run;
  }

  /** The command line over these streams and this engine, with its error handling. */
  static CommandLine create(CliContext context) {
    // Chat platforms plug in here (Telegram when TELEGRAM_BOT_TOKEN is set, Slack when
    // SLACK_BOT_TOKEN is set); the console chat runs when none is enabled.
    RunCommand run = new RunCommand(context, FrontendFactory.chatPlatforms());
    CliErrors errors = new CliErrors();
    return new CommandLine(new BriefingCli(run))
        .addSubcommand("run", run)
        .addSubcommand("ask", new AskCommand(context))
        .addSubcommand("summarize", new SummarizeCommand(context))
        .setOut(context.out())
        .setErr(context.err())
        .setParameterExceptionHandler(errors)
        .setExecutionExceptionHandler(errors);
  }

  /** No subcommand means {@code run}. */
  @Override
  public Integer call() throws Exception {
    return run.call();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BriefingCli.class.getPackage().getImplementationVersion();
      return new String[] {"briefing " + (version == null ? "(development build)" : version)};
    }
  }
}
