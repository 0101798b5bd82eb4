package dev.briefing.app;

import dev.briefing.console.ConsoleChat;
import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.InMemoryArticleRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing run}: loads the articles and serves every enabled chat front end. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Start the bot: the console chat unless a chat platform is enabled.")
final class RunCommand implements Callable<Integer> {
  static final String SAMPLE_NAME = "nato-russia.txt";
  private static final String SAMPLE_RESOURCE = "/samples/" + SAMPLE_NAME;

  @Option(
      names = "--article",
      paramLabel = "PATH",
      description =
          "An article to load (repeat for several); default: the config's, else a sample.")
  private List<Path> articles = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "PATH",
      description = "The configuration file (default: config/briefing.yml when it exists).")
  private Path configFile;

  private final CliContext context;
  private final List<FrontendFactory> platforms;

  /**
   * @param platforms chat platforms, each started when the config or environment enables it
   */
  RunCommand(CliContext context, List<FrontendFactory> platforms) {
    this.context = context;
    this.platforms = List.copyOf(platforms);
  }

  @Override
  public Integer call() throws InterruptedException {
    BriefingConfig config =
        new ConfigLoader(context.workDir(), context.env()).load(Optional.ofNullable(configFile));
    context.useRetrieval(config.retrieval());
    ArticleRepository repository = new InMemoryArticleRepository();
    loadArticles(config).forEach(repository::save);
    BriefingCore core = context.core();
    CommandRouter router =
        new BriefingCommands(core.engine(), core.reader(), repository, config.summary().sentences())
            .router();
    serve(frontends(config, router));
    return 0;
  }

  private List<AnalyzedArticle> loadArticles(BriefingConfig config) {
    List<Path> paths = articles.isEmpty() ? config.articles() : articles;
    return paths.isEmpty() ? List.of(sample()) : context.analyze(paths);
  }

  private AnalyzedArticle sample() {
    BriefingCore core = context.core();
    String text;
    try (InputStream in = RunCommand.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_RESOURCE + " is missing from the app jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SAMPLE_RESOURCE, e);
    }
    return core.engine().analyze(core.reader().parse(SAMPLE_NAME, text));
  }

  private List<ChatFrontend> frontends(BriefingConfig config, CommandRouter router) {
    List<ChatFrontend> enabled = new ArrayList<>();
    platforms.forEach(p -> p.create(config, context.env(), router).ifPresent(enabled::add));
    if (enabled.isEmpty() && config.console().enabled()) {
      enabled.add(console(router));
    }
    if (enabled.isEmpty()) {
      throw new BriefingException(
          "nothing to run: console.enabled is false and no chat platform is enabled");
    }
    return enabled;
  }

  private ChatFrontend console(CommandRouter router) {
    String prompt = context.interactive() ? "> " : "";
    ConsoleChat chat = new ConsoleChat(context.in(), context.out(), router, prompt);
    return new ChatFrontend() {
      @Override
      public String name() {
        return "console";
      }

      @Override
      public void run() {
        chat.run();
      }
    };
  }

  // The first front end serves on this thread, the others on their own; returns when all end.
  private void serve(List<ChatFrontend> frontends) throws InterruptedException {
    context.onShutdown(() -> frontends.forEach(ChatFrontend::close));
    List<Thread> others = new ArrayList<>();
    for (ChatFrontend frontend : frontends.subList(1, frontends.size())) {
      Thread thread = new Thread(frontend::run, "frontend-" + frontend.name());
      thread.start();
      others.add(thread);
    }
    frontends.get(0).run();
    for (Thread thread : others) {
      thread.join();
    }
  }
}
