package dev.briefing.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot on Bolt for Java: receives events over Socket Mode when the settings hold an
 * app-level token, otherwise on its own HTTP endpoint {@code /slack/events} with request signatures
 * verified; answers through the {@link CommandRouter}; sends through {@link #chatAdapter()}, which
 * digests use too. {@link #start()} asks auth.test who the bot is. Its threads are daemons: the
 * caller keeps the process alive, e.g. with {@link #awaitClose()}.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  private final SlackSettings settings;
  private final CommandRouter router;
  private final Set<String> commandNames;
  private final EventDeduplicator dedup;
  private final Slack slack;
  private final SlackWebApi api;
  private final FileDownloader downloader;
  private final App app;
  private final ScheduledExecutorService outbound;
  private final ExecutorService workers;
  private final ExecutorService http;
  private final SlackChatAdapter adapter;
  private final CountDownLatch closed = new CountDownLatch(1);

  private boolean started;
  private SlackHttpServer server;
  private SocketModeApp socketMode;

  /**
   * @param settings tokens, signing secret, mode, port and API URL
   * @param router answers each message meant for the bot
   * @param commands the router's command table: {@code /briefing <name> …} runs {@code /<name>}
   * @param subscriptions paused when a channel is gone or the bot was removed from it
   * @param dedup remembers handled event ids, so Slack's retries are answered once
   * @param clock the time the rate limit is measured in
   */
  public SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      EventDeduplicator dedup,
      Clock clock) {
    this.settings = settings;
    this.router = router;
    this.commandNames = commands.stream().map(CommandSpec::name).collect(Collectors.toSet());
    this.dedup = dedup;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
    config.setStatsEnabled(false);
    this.slack = Slack.getInstance(config);
    this.api = new SlackWebApi(slack, settings.botToken());
    this.downloader = new SlackFileDownloader(settings.botToken(), settings.apiUrl());
    this.app =
        new App(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret().orElse(null))
                .requestVerificationEnabled(true) // HTTP mode: 401 unless Slack signed it
                .allEventsApiAutoAckEnabled(true)
                .authTestCacheEnabled(true) // else Bolt calls auth.test on every request
                .build());
    this.outbound = Executors.newSingleThreadScheduledExecutor(Threads.daemon("slack-send"));
    this.workers = Executors.newFixedThreadPool(4, Threads.daemon("slack-worker"));
    this.http = Executors.newFixedThreadPool(4, Threads.daemon("slack-http"));
    this.adapter = new SlackChatAdapter(api, subscriptions, clock, TaskScheduler.on(outbound));
  }

  /** Sends replies and digests to Slack channels; usable before {@link #start()}. */
  public SlackChatAdapter chatAdapter() {
    return adapter;
  }

  /**
   * Connects: auth.test, then the Socket Mode connection or the HTTP endpoint.
   *
   * @throws IllegalStateException when Slack refuses the token or cannot be reached, or when
   *     started already
   */
  public synchronized void start() {
    if (started || closed.getCount() == 0) {
      throw new IllegalStateException("the Slack bot was started or closed already");
    }
    started = true;
    AuthTestResponse me = api.authTest();
    SlackMapper mapper = new SlackMapper(me.getUserId(), commandNames);
    FileIntake files = new FileIntake(router, downloader);
    new SlackListeners(mapper, router, adapter, api, api, dedup, files, workers).register(app);
    try {
      if (settings.socketMode()) {
        String appToken = settings.appToken().orElseThrow();
        socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
      } else {
        app.start();
        server = SlackHttpServer.start(app, settings.httpPort(), http);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Could not start receiving Slack events: " + e, e);
    }
    log.info("Slack bot {} started ({})", me.getUser(), mode());
  }

  /** The port of the HTTP endpoint, once started in HTTP mode. */
  public synchronized OptionalInt httpPort() {
    return server == null ? OptionalInt.empty() : OptionalInt.of(server.port());
  }

  /** Blocks until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops receiving, finishes the answers in progress and drops unsent messages; idempotent. */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    if (server != null) {
      server.close();
    }
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        log.warn("Failed to close the Slack Socket Mode connection cleanly: {}", e.toString());
      }
    }
    app.stop();
    app.executorService().shutdownNow(); // Bolt never stops its own pool
    http.shutdownNow();
    workers.shutdown();
    awaitQuietly(workers);
    adapter.close();
    outbound.shutdownNow();
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Failed to close the Slack API client cleanly: {}", e.toString());
    }
    closed.countDown();
  }

  private String mode() {
    return settings.socketMode() ? "Socket Mode" : "HTTP on port " + server.port();
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
