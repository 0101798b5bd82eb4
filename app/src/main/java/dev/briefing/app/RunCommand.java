package dev.briefing.app;

import dev.briefing.app.config.BriefingConfig;
import dev.briefing.app.config.ConfigLoader;
import dev.briefing.app.intake.ArticleLoader;
import dev.briefing.app.ops.AdminPort;
import dev.briefing.app.ops.GracefulShutdown;
import dev.briefing.app.ops.MicrometerMetricsHistory;
import dev.briefing.app.wiring.BotServices;
import dev.briefing.app.wiring.ChatFrontend;
import dev.briefing.app.wiring.FrontendFactory;
import dev.briefing.console.ConsoleChat;
import dev.briefing.console.ConsoleChatAdapter;
import dev.briefing.console.ConsoleRenderer;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.PlatformChatAdapter;
import dev.briefing.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
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
    BriefingCore core = context.core();
    PlatformChatAdapter chats = new PlatformChatAdapter();
    BotServices services = new BotServices(core, config, chats, Clock.systemUTC());
    MicrometerMetricsHistory history =
        new MicrometerMetricsHistory(services.metrics(), Clock.systemUTC());
    AdminPort admin;
    try {
      admin =
          AdminPort.open(
              config.adminPort(),
              services::databaseReachable,
              services.metrics()::scrape,
              () -> {
                history.startOnOwnThread(); // sampled only when the admin port shows the charts
                return Optional.of(services.operatorPages(config.adminToken(), history));
              });
    } catch (RuntimeException e) {
      history.close();
      services.close();
      throw e;
    }
    // Stopping, on SIGTERM or when the console ends: not ready at once, no new digests, no new
    // updates and the send queues drained (or handed back), then the jobs still running (for a
    // bounded time), the database, and the admin port last.
    List<ChatFrontend> running = new CopyOnWriteArrayList<>();
    GracefulShutdown shutdown =
        new GracefulShutdown()
            .then("readiness", admin::stopping)
            .then("scheduler pause", services::pauseDigests)
            .then("chat front ends", () -> closeTogether(running))
            .then("scheduler and database", services::close)
            .then("metrics history", history::close)
            .then("admin port", admin::close);
    context.onShutdown(shutdown::run);
    try {
      loadArticles(config, services.articleLoader());
      running.addAll(frontends(config, services.frontendServices(chats)));
      services.startDigests();
      admin.serving(running);
      serve(running);
    } finally {
      shutdown.run();
    }
    return 0;
  }

  /**
   * Stores the configured articles (or the sample). One stored before with the same text is kept as
   * it is, so a restart does not make it new again for the next digest.
   */
  private void loadArticles(BriefingConfig config, ArticleLoader loader) {
    BriefingCore core = context.core();
    List<Path> paths = articles.isEmpty() ? config.articles() : articles;
    List<Article> loaded =
        paths.isEmpty()
            ? List.of(sample())
            : paths.stream().map(p -> core.reader().read(context.workDir().resolve(p))).toList();
    loaded.forEach(loader::loadIfChanged);
  }

  private Article sample() {
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
    return core.reader().parse(SAMPLE_NAME, text);
  }

  private List<ChatFrontend> frontends(BriefingConfig config, FrontendFactory.Services services) {
    List<ChatFrontend> enabled = new ArrayList<>();
    platforms.forEach(p -> p.create(config, context.env(), services).ifPresent(enabled::add));
    if (enabled.isEmpty() && config.console().enabled()) {
      enabled.add(console(services.router()));
      services
          .chats()
          .register(
              ConsoleChat.ADDRESS.platform(),
              new ConsoleChatAdapter(context.out(), new ConsoleRenderer()));
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

  /** Closes the front ends at once, each draining its own queue, and waits for all of them. */
  private static void closeTogether(List<ChatFrontend> frontends) {
    List<Thread> closing = new ArrayList<>();
    for (ChatFrontend frontend : frontends) {
      Thread thread = new Thread(frontend::close, "close-" + frontend.name());
      thread.start();
      closing.add(thread);
    }
    for (Thread thread : closing) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  // The first front end serves on this thread, the others on their own; returns when all end.
  private void serve(List<ChatFrontend> frontends) throws InterruptedException {
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
