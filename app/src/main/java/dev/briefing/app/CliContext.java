package dev.briefing.app;

import dev.briefing.app.config.BriefingConfig.Retrieval;
import dev.briefing.app.config.ConfigLoader;
import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the commands get from the outside world, injected so tests run {@link BriefingCli}
 * in-process with a fake engine and in-memory streams.
 */
final class CliContext {
  private final Function<Retrieval, BriefingCore> coreFactory;
  private final BufferedReader in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Path workDir;
  private final boolean interactive;
  private final Consumer<Runnable> shutdownHooks;
  private Retrieval retrieval;
  private BriefingCore core;

  /**
   * @param coreFactory creates the engine with the given retrieval settings; called at most once,
   *     and only by a command that needs it, so bad options fail before the language models load
   * @param interactive whether a person types at a terminal (the console chat shows a prompt)
   * @param shutdownHooks registers work to do when the process is stopped
   */
  CliContext(
      Function<Retrieval, BriefingCore> coreFactory,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Path workDir,
      boolean interactive,
      Consumer<Runnable> shutdownHooks) {
    this.coreFactory = coreFactory;
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = Map.copyOf(env);
    this.workDir = workDir;
    this.interactive = interactive;
    this.shutdownHooks = shutdownHooks;
  }

  /**
   * Sets the retrieval settings the engine will be created with (from {@code run}'s configuration
   * file); without this call they come from the environment alone.
   */
  synchronized void useRetrieval(Retrieval settings) {
    if (core != null) {
      throw new IllegalStateException("the engine is already created");
    }
    retrieval = settings;
  }

  synchronized BriefingCore core() {
    if (core == null) {
      Retrieval settings =
          retrieval != null ? retrieval : new ConfigLoader(workDir, env).retrievalFromEnvironment();
      core = coreFactory.apply(settings);
    }
    return core;
  }

  /** Reads and analyzes article files, in the given order. */
  List<AnalyzedArticle> analyze(List<Path> paths) {
    BriefingCore briefing = core();
    return paths.stream()
        .map(path -> briefing.engine().analyze(briefing.reader().read(workDir.resolve(path))))
        .toList();
  }

  BufferedReader in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Map<String, String> env() {
    return env;
  }

  Path workDir() {
    return workDir;
  }

  boolean interactive() {
    return interactive;
  }

  void onShutdown(Runnable hook) {
    shutdownHooks.accept(hook);
  }
}
