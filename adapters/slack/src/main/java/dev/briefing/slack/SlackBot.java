package dev.briefing.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Conversation;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.DaemonThreads;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.outbound.TaskScheduler;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.slack.files.FileDownloader;
import dev.briefing.slack.files.FileIntake;
import dev.briefing.slack.files.SlackFileDownloader;
import dev.briefing.slack.inbound.Audience;
import dev.briefing.slack.inbound.SlackHttpServer;
import dev.briefing.slack.inbound.SlackListeners;
import dev.briefing.slack.inbound.SlackMapper;
import dev.briefing.slack.outbound.LiveMessages;
import dev.briefing.slack.outbound.SlackChatAdapter;
import dev.briefing.slack.outbound.SlackWebApi;
import dev.briefing.slack.settings.SlackSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot on Bolt for Java: receives events over Socket Mode when the settings hold an
 * app-level token, otherwise on its own HTTP endpoint {@code /slack/events} with request signatures
 * verified; answers through the {@link CommandRouter}; sends through {@link #chatAdapter()}, which
 * digests use too. {@link #start()} asks auth.test who the bot is. Its threads are daemons: the
 * caller keeps the process alive, e.g. with {@link #awaitClose()}, and calls {@link #close()} from
 * a shutdown hook to stop gracefully.
 *
 * <p>It counts into {@link BotMetrics} under the platform {@code slack}: each message, mention or
 * slash command it takes in; each message the Web API or a response_url accepted out; the answer
 * latency, from the listener's call to the first part of the reply accepted by Slack; each platform
 * error by its HTTP status, or Slack's error code when it answered 200 with {@code ok: false}, or
 * {@code io}/{@code timeout}; and the outbound queue's depth. Log lines about a message carry the
 * MDC keys {@code platform}, {@code chat_id} and {@code update_id}; no token or secret is logged.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
  private static final long HANDLERS_SECONDS = 10;
  private static final Duration HANDLERS = Duration.ofSeconds(HANDLERS_SECONDS);

  // Without a store no unaddressed thread reply is the bot's; mentions and DMs work the same.
  private static final ConversationStore NO_CONVERSATIONS =
      new ConversationStore() {
        @Override
        public Optional<Conversation> find(ChatAddress chat) {
          return Optional.empty();
        }

        @Override
        public void save(ChatAddress chat, Conversation conversation) {}
      };

  /** How long {@link #close()} waits for the outbound queue to drain by default. */
  public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

  private final SlackSettings settings;
  private final CommandRouter router;
  private final Set<String> commandNames;
  private final InboundDedup dedup;
  private final ConversationStore conversations;
  private final ChatReturns returns;
  private final Clock clock;
  private final BotMetrics metrics;
  private final Duration drainTimeout;
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
   * Counts nothing: {@link BotMetrics#NONE}.
   *
   * @see #SlackBot(SlackSettings, CommandRouter, List, SubscriptionRepository, InboundDedup, Clock,
   *     BotMetrics)
   */
  public SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      Clock clock) {
    this(settings, router, commands, subscriptions, dedup, clock, BotMetrics.NONE);
  }

  /**
   * @param settings tokens, signing secret, mode, port and API URL
   * @param router answers each message meant for the bot
   * @param commands the router's command table: {@code /briefing <name> …} runs {@code /<name>}
   * @param subscriptions paused when a channel is gone or the bot was removed from it
   * @param dedup remembers handled event ids and slash command trigger ids, so Slack's retries and
   *     replayed requests are answered once
   * @param clock the time the rate limit and answer latency are measured in
   * @param metrics counts messages in and out, answer latency, platform errors and queue depth
   */
  public SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      Clock clock,
      BotMetrics metrics) {
    this(settings, router, commands, subscriptions, dedup, clock, metrics, DRAIN_TIMEOUT);
  }

  /**
   * As above; every post also draws from {@code shared}, the workspace's budget shared by every
   * instance on the same database.
   */
  public SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      Clock clock,
      BotMetrics metrics,
      RateBudget shared) {
    this(
        settings, router, commands, subscriptions, dedup, NO_CONVERSATIONS, clock, metrics, shared);
  }

  /**
   * As above; a reply in a channel thread that does not mention the bot is for it where {@code
   * conversations} holds a live conversation for that thread (the engine saves one with each
   * answer; shared through the database, so any instance may take the reply).
   */
  public SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      ConversationStore conversations,
      Clock clock,
      BotMetrics metrics,
      RateBudget shared) {
    this(
        settings,
        router,
        commands,
        subscriptions,
        dedup,
        conversations,
        clock,
        metrics,
        DRAIN_TIMEOUT,
        shared);
  }

  /** As above; {@code drainTimeout} bounds how long {@link #close()} waits for queued messages. */
  SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      Clock clock,
      BotMetrics metrics,
      Duration drainTimeout) {
    this(
        settings,
        router,
        commands,
        subscriptions,
        dedup,
        NO_CONVERSATIONS,
        clock,
        metrics,
        drainTimeout,
        RateBudget.unlimited());
  }

  private SlackBot(
      SlackSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      InboundDedup dedup,
      ConversationStore conversations,
      Clock clock,
      BotMetrics metrics,
      Duration drainTimeout,
      RateBudget shared) {
    this.settings = settings;
    this.router = router;
    this.commandNames = commands.stream().map(CommandSpec::name).collect(Collectors.toSet());
    this.dedup = dedup;
    this.conversations = conversations;
    this.returns = new ChatReturns(subscriptions);
    this.clock = clock;
    this.metrics = metrics;
    this.drainTimeout = drainTimeout;
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
    ScheduledThreadPoolExecutor sender =
        new ScheduledThreadPoolExecutor(1, DaemonThreads.named("slack-send", SlackMapper.PLATFORM));
    sender.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close() hands them back
    this.outbound = sender;
    this.workers =
        Executors.newFixedThreadPool(4, DaemonThreads.named("slack-worker", SlackMapper.PLATFORM));
    this.http =
        Executors.newFixedThreadPool(4, DaemonThreads.named("slack-http", SlackMapper.PLATFORM));
    this.adapter =
        new SlackChatAdapter(
            api,
            new QueuedChatAdapter.Context(
                subscriptions, clock, TaskScheduler.on(outbound), metrics, shared));
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
    SlackListeners.Interactive interactive =
        new SlackListeners.Interactive(
            new LiveMessages(api, api, metrics), api, commandNames.contains("subscriptions"));
    SlackListeners.create(
            mapper,
            router,
            adapter,
            api,
            api,
            dedup,
            files,
            workers,
            metrics,
            clock,
            returns,
            interactive,
            Audience.withWorkspaceAdmins(
                settings.access(),
                slack.methods(settings.botToken()),
                conversations,
                clock,
                metrics))
        .register(app);
    try {
      if (settings.socketMode()) {
        String appToken = settings.appToken().orElseThrow();
        socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
      } else {
        app.start();
        server = SlackHttpServer.start(app, settings.httpPort(), http, clock);
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

  /** Blocks until {@link #close()} has finished. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Shuts down gracefully, in order: stops taking events (the Socket Mode connection or the HTTP
   * endpoint), lets the answers in progress finish (at most {@value #HANDLERS_SECONDS} s), waits
   * for the outbound queue to drain (10 s by default), hands back what is left (their {@link
   * SlackChatAdapter#deliver} futures fail with {@code NotDelivered.handedBack}, one log line with
   * the count) and stops the threads. Idempotent and safe from a shutdown hook; a second caller
   * waits for the first to finish.
   */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    Shutdown shutdown = new Shutdown();
    stopReceiving(shutdown);
    workers.shutdown();
    shutdown.await(workers, HANDLERS, "answers in progress");
    shutdown.await(adapter::drain, drainTimeout, "the Slack outbound queue to drain");
    adapter.close(); // hands back what is left
    outbound.shutdown();
    shutdown.await(outbound, HANDLERS, "the message being posted");
    try {
      slack.close();
    } catch (Exception e) {
      log.warn("Failed to close the Slack API client cleanly: {}", e.toString());
    }
    closed.countDown();
    log.info("Slack bot stopped");
    shutdown.finish();
  }

  // No event is taken after this; the requests being acknowledged finish.
  private void stopReceiving(Shutdown shutdown) {
    if (server != null) {
      server.close();
    }
    http.shutdown();
    if (socketMode != null) {
      try {
        socketMode.close();
      } catch (Exception e) {
        log.warn("Failed to close the Slack Socket Mode connection cleanly: {}", e.toString());
      }
    }
    app.stop();
    app.executorService().shutdown(); // Bolt never stops its own pool
    shutdown.await(http, HANDLERS, "Slack requests in progress");
    shutdown.await(app.executorService(), HANDLERS, "Bolt's tasks");
  }

  private String mode() {
    return settings.socketMode() ? "Socket Mode" : "HTTP on port " + server.port();
  }
}
