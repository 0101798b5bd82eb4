package dev.briefing.app;

import dev.briefing.app.config.BriefingConfig.Retrieval;
import dev.briefing.core.BriefingCore;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs the command line in-process over in-memory streams, by default with the fake engine. */
final class CliRunner {
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  final FakeBriefingEngine engine = new FakeBriefingEngine();
  final Map<String, String> env = new HashMap<>();
  private final Path workDir;
  private Supplier<BriefingCore> core = () -> new BriefingCore(new FakeArticleReader(), engine);
  int coreLoads;
  private final List<Runnable> shutdownHooks = new CopyOnWriteArrayList<>();

  /** The retrieval settings the engine was last created with. */
  Retrieval retrieval;

  CliRunner(Path workDir) {
    this.workDir = workDir;
  }

  CliRunner withCore(Supplier<BriefingCore> core) {
    this.core = core;
    return this;
  }

  Result runWithInput(String stdin, String... args) {
    return runWithReader(new StringReader(stdin), args);
  }

  /** Runs with {@code stdin} as the console's input, read as the command reads it. */
  Result runWithReader(Reader stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Function<Retrieval, BriefingCore> counting =
        settings -> {
          coreLoads++;
          retrieval = settings;
          return core.get();
        };
    CliContext context =
        new CliContext(
            counting,
            new BufferedReader(stdin),
            new PrintWriter(out),
            new PrintWriter(err),
            env,
            workDir,
            false,
            shutdownHooks::add);
    int exitCode = BriefingCli.create(context).execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** Runs the shutdown hooks the commands registered, as a SIGTERM would. */
  void shutdown() {
    shutdownHooks.forEach(Runnable::run);
  }

  Result run(String... args) {
    return runWithInput("", args);
  }
}
