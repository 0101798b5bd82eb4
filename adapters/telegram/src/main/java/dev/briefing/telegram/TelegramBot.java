package dev.briefing.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.DaemonThreads;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.outbound.TaskScheduler;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.core.store.SubscriptionRepository;
import dev.briefing.telegram.files.BotApiFileDownloader;
import dev.briefing.telegram.files.FileDownloader;
import dev.briefing.telegram.inbound.BotIdentity;
import dev.briefing.telegram.inbound.LogContext;
import dev.briefing.telegram.inbound.TelegramMapper;
import dev.briefing.telegram.inbound.UpdateConsumer;
import dev.briefing.telegram.inbound.UpdateHandler;
import dev.briefing.telegram.inbound.WebhookServer;
import dev.briefing.telegram.outbound.MessageSender;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.telegram.outbound.TypingIndicator;
import dev.briefing.telegram.settings.TelegramChatAdmins;
import dev.briefing.telegram.settings.TelegramSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot: receives updates by long polling (TelegramBots 10) or, when the settings name a
 * webhook, through {@link WebhookServer}; answers through the {@link CommandRouter}; sends through
 * {@link #chatAdapter()}, which digests use too. {@link #start()} asks getMe who the bot is and
 * publishes the command menu. Its threads are daemons: the caller keeps the process alive, e.g.
 * with {@link #awaitClose()}, and calls {@link #close()} from a shutdown hook.
 *
 * <p>It reports to {@link BotMetrics} as platform {@code telegram}: messages in (each message the
 * access policy admits), answer latency (from the update's arrival to Telegram accepting the
 * answer's first message), messages out (each message Telegram accepted), platform errors (by HTTP
 * status, or "timeout"/"io") and the outbound queue's depth.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  /** How long closing waits for the updates being handled to finish. */
  static final Duration HANDLERS_GRACE = Duration.ofSeconds(5);

  /**
   * The updates asked for: messages, posts in channels where the bot is an admin, and the bot's own
   * membership changes ({@code my_chat_member}), so a chat that unblocks or re-adds the bot gets
   * its paused digests back, and presses of the inline buttons under its replies ({@code
   * callback_query}).
   */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "channel_post", "my_chat_member", "callback_query");

  /** How long closing waits for a send in flight once the queue is closed. */
  static final Duration SEND_GRACE = Duration.ofSeconds(5);

  private final TelegramSettings settings;
  private final CommandRouter router;
  private final List<CommandSpec> commands;
  private final Clock clock;
  private final BotMetrics metrics;
  private final InboundDedup seen;
  private final ChatReturns returns;
  private final ObjectMapper json = new ObjectMapper();
  private final OkHttpClient http;
  private final TelegramClient client;
  private final ScheduledExecutorService outbound;
  private final ExecutorService updates;
  private final ScheduledExecutorService polling;
  private final TelegramChatAdapter adapter;
  private final CountDownLatch closed = new CountDownLatch(1);

  private TelegramBotsLongPollingApplication longPolling;
  private final QuietClose quietClose = new QuietClose();
  private WebhookServer webhook;

  /**
   * A bot that counts nothing; see {@link #TelegramBot(TelegramSettings, CommandRouter, List,
   * SubscriptionRepository, Clock, BotMetrics)}.
   */
  public TelegramBot(
      TelegramSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      Clock clock) {
    this(settings, router, commands, subscriptions, clock, BotMetrics.NONE);
  }

  /**
   * @param settings token, API URL, mode and access policy
   * @param router answers each message meant for the bot
   * @param commands the router's command table, published as Telegram's command menu
   * @param subscriptions paused when a chat blocks the bot, moved when a group migrates
   * @param clock the time rate limits and answer latency are measured in
   * @param metrics counts messages, answer latency, platform errors and the queue's depth
   */
  public TelegramBot(
      TelegramSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      Clock clock,
      BotMetrics metrics) {
    this(settings, router, commands, subscriptions, clock, metrics, InboundDedup.inMemory());
  }

  /**
   * @param settings token, API URL, mode and access policy
   * @param router answers each message meant for the bot
   * @param commands the router's command table, published as Telegram's command menu
   * @param subscriptions paused when a chat blocks the bot, moved when a group migrates
   * @param clock the time rate limits and answer latency are measured in
   * @param metrics counts messages, answer latency, platform errors and the queue's depth
   * @param seen the updates handled before, so one Telegram delivers again is answered once
   */
  public TelegramBot(
      TelegramSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      Clock clock,
      BotMetrics metrics,
      InboundDedup seen) {
    this(settings, router, commands, subscriptions, clock, metrics, seen, RateBudget.unlimited());
  }

  /**
   * As above; every message sent also draws from {@code shared}, the token's budget of {@value
   * TelegramChatAdapter#PER_TOKEN} messages a second shared by every instance on the same database.
   */
  public TelegramBot(
      TelegramSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      Clock clock,
      BotMetrics metrics,
      InboundDedup seen,
      RateBudget shared) {
    this.seen = seen;
    this.returns = new ChatReturns(subscriptions);
    this.settings = settings;
    this.router = router;
    this.commands = List.copyOf(commands);
    this.clock = clock;
    this.metrics = metrics;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(15))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    this.client = new OkHttpTelegramClient(json, http, settings.token(), telegramUrl(settings));
    ScheduledThreadPoolExecutor send =
        new ScheduledThreadPoolExecutor(
            1, DaemonThreads.named("telegram-send", TelegramMapper.PLATFORM));
    send.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a closed queue has no wakes
    this.outbound = send;
    this.updates =
        Executors.newSingleThreadExecutor(
            DaemonThreads.named("telegram-updates", TelegramMapper.PLATFORM));
    this.polling =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("telegram-poll", TelegramMapper.PLATFORM));
    this.adapter =
        new TelegramChatAdapter(
            MessageSender.of(client),
            new QueuedChatAdapter.Context(
                subscriptions, clock, TaskScheduler.on(outbound), metrics, shared));
  }

  /** Sends replies and digests to Telegram chats; usable before {@link #start()}. */
  public TelegramChatAdapter chatAdapter() {
    return adapter;
  }

  /**
   * Connects: getMe, setMyCommands, then long polling (which deletes any webhook) or the webhook
   * endpoint and setWebhook.
   *
   * @throws IllegalStateException when Telegram refuses the token or cannot be reached
   */
  public synchronized void start() {
    BotIdentity identity = identify();
    publishCommands();
    FileDownloader files =
        new BotApiFileDownloader(client, http, telegramUrl(settings), settings.token());
    UpdateHandler handler =
        new UpdateHandler(
            new TelegramMapper(
                identity, commands.stream().map(CommandSpec::name).collect(Collectors.toSet())),
            settings.access(),
            router,
            adapter,
            files,
            clock,
            metrics,
            seen,
            returns,
            new TelegramChatAdmins(this::memberStatus, clock),
            new TypingIndicator(client::executeAsync, TaskScheduler.on(outbound)));
    UpdateConsumer consumer = new UpdateConsumer(handler, updates, clock);
    try {
      if (settings.webhook().isPresent()) {
        startWebhook(settings.webhook().get(), consumer);
      } else {
        startLongPolling(consumer);
      }
    } catch (TelegramApiException | IOException e) {
      throw new IllegalStateException(
          "Could not start receiving Telegram updates: " + e.getMessage(), e);
    }
    log.info("Telegram bot @{} started ({})", identity.username(), mode());
  }

  /** The port the webhook endpoint listens on, once started in webhook mode. */
  public synchronized OptionalInt webhookPort() {
    return webhook == null ? OptionalInt.empty() : OptionalInt.of(webhook.port());
  }

  /** Blocks until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /**
   * Shuts down in order, each step bounded: stops taking updates (the webhook endpoint, or long
   * polling and its getUpdates in flight); lets the updates being handled finish (up to {@link
   * #HANDLERS_GRACE}); sends what is queued within the rate limits (up to the settings' {@link
   * TelegramSettings#drainTimeout()}); hands back the rest, whose {@code deliver} futures fail with
   * {@link NotDelivered#handedBack()} (one log line counts them); then stops the threads. Telegram
   * sends updates not yet confirmed to the next instance. Idempotent, and safe from a shutdown
   * hook: a second caller waits until the first is done.
   */
  @Override
  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    try (LogContext context = LogContext.platform()) {
      stopReceiving();
      finishHandlers();
      drainOutbound();
      adapter.close();
      stopSending();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      closed.countDown();
    }
  }

  private void stopReceiving() {
    quietClose.close();
    if (webhook != null) {
      webhook.close();
    }
    if (longPolling != null) {
      try {
        longPolling.close();
      } catch (Exception e) {
        log.warn("Failed to stop Telegram long polling cleanly: {}", e.getMessage());
      }
    }
    // Interrupts the getUpdates in flight, which quietClose turns into an empty answer. Not
    // cancelAll(): OkHttp fails a cancelled call after every interceptor, and TelegramBots would
    // log that at ERROR level on every shutdown. A poll that is not interrupted ends on its own, on
    // a daemon thread, and its updates, never confirmed, go to the next instance.
    polling.shutdownNow();
  }

  private void finishHandlers() {
    updates.shutdown();
    if (!await(updates, HANDLERS_GRACE)) {
      log.warn("Telegram updates still being handled after {}; interrupting", HANDLERS_GRACE);
      updates.shutdownNow();
    }
  }

  private void drainOutbound() {
    int queued = adapter.queued();
    if (queued == 0) {
      return;
    }
    log.info(
        "Sending {} queued Telegram messages before closing (up to {})",
        queued,
        settings.drainTimeout());
    try {
      adapter.drain(settings.drainTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // hand back at once
    }
  }

  private void stopSending() {
    outbound.shutdown(); // a send in flight settles; retry wakes are dropped
    if (!await(outbound, SEND_GRACE)) {
      outbound.shutdownNow();
    }
  }

  private BotIdentity identify() {
    try {
      User me = client.execute(new GetMe());
      return new BotIdentity(me.getId(), me.getUserName());
    } catch (TelegramApiException | RuntimeException e) {
      throw new IllegalStateException(
          "Telegram did not accept the bot token or cannot be reached: " + e.getMessage(), e);
    }
  }

  private String memberStatus(String chatId, long userId) throws TelegramApiException {
    return client
        .execute(GetChatMember.builder().chatId(chatId).userId(userId).build())
        .getStatus();
  }

  private void publishCommands() {
    try {
      client.execute(new SetMyCommands(BotCommands.from(commands)));
    } catch (TelegramApiException e) {
      log.warn("Could not publish the command menu to Telegram: {}", e.getMessage());
    }
  }

  private void startWebhook(TelegramSettings.Webhook hook, UpdateConsumer consumer)
      throws IOException, TelegramApiException {
    webhook = WebhookServer.start(hook, json, consumer);
    client.execute(
        SetWebhook.builder()
            .url(hook.url().toString())
            .secretToken(hook.secret())
            .allowedUpdates(ALLOWED_UPDATES)
            .build());
  }

  private void startLongPolling(UpdateConsumer consumer) throws TelegramApiException {
    OkHttpClient pollingHttp =
        http.newBuilder()
            .readTimeout(settings.pollTimeout().plusSeconds(15))
            .addInterceptor(quietClose)
            .addInterceptor(new ConflictWarning(TelegramBot::warnAboutPolling))
            .addInterceptor(new PlatformErrors(metrics, quietClose::closing))
            .build();
    int timeout = (int) settings.pollTimeout().toSeconds();
    TelegramUrl url = telegramUrl(settings);
    longPolling =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new, () -> pollingHttp, () -> polling, ExponentialBackOff::new);
    longPolling.registerBot(
        settings.token(),
        () -> url,
        lastUpdate ->
            GetUpdates.builder()
                .offset(lastUpdate + 1)
                .limit(100)
                .timeout(timeout)
                .allowedUpdates(ALLOWED_UPDATES)
                .build(),
        consumer);
  }

  private String mode() {
    return settings.webhook().map(h -> "webhook on port " + webhook.port()).orElse("long polling");
  }

  static TelegramUrl telegramUrl(TelegramSettings settings) {
    String scheme = settings.apiUrl().getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = settings.apiUrl().getPort();
    int effective = port > 0 ? port : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, settings.apiUrl().getHost(), effective, false);
  }

  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  private static void warnAboutPolling(String warning) {
    try (LogContext context = LogContext.platform()) {
      log.warn(warning);
    }
  }

  // False when the executor is still running after the wait, or the wait was interrupted.
  private static boolean await(ExecutorService executor, Duration timeout) {
    try {
      return executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
