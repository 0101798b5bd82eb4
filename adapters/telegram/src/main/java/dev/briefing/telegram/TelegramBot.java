package dev.briefing.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.store.SubscriptionRepository;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
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
 * with {@link #awaitClose()}.
 */
public final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final TelegramSettings settings;
  private final CommandRouter router;
  private final List<CommandSpec> commands;
  private final ObjectMapper json = new ObjectMapper();
  private final OkHttpClient http;
  private final TelegramClient client;
  private final ScheduledExecutorService outbound;
  private final ExecutorService updates;
  private final ScheduledExecutorService polling;
  private final TelegramChatAdapter adapter;
  private final CountDownLatch closed = new CountDownLatch(1);

  private TelegramBotsLongPollingApplication longPolling;
  private WebhookServer webhook;

  /**
   * @param settings token, API URL, mode and access policy
   * @param router answers each message meant for the bot
   * @param commands the router's command table, published as Telegram's command menu
   * @param subscriptions paused when a chat blocks the bot, moved when a group migrates
   * @param clock the time rate limits are measured in
   */
  public TelegramBot(
      TelegramSettings settings,
      CommandRouter router,
      List<CommandSpec> commands,
      SubscriptionRepository subscriptions,
      Clock clock) {
    this.settings = settings;
    this.router = router;
    this.commands = List.copyOf(commands);
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(15))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    this.client = new OkHttpTelegramClient(json, http, settings.token(), telegramUrl(settings));
    this.outbound = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-send"));
    this.updates = Executors.newSingleThreadExecutor(Threads.daemon("telegram-updates"));
    this.polling = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-poll"));
    this.adapter =
        new TelegramChatAdapter(client::execute, subscriptions, clock, TaskScheduler.on(outbound));
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
        new UpdateHandler(new TelegramMapper(identity), settings.access(), router, adapter, files);
    UpdateConsumer consumer = new UpdateConsumer(handler, updates);
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

  @Override
  public synchronized void close() {
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
    http.dispatcher().cancelAll(); // ends the getUpdates long poll in flight
    polling.shutdownNow();
    updates.shutdown();
    awaitQuietly(updates);
    adapter.close();
    outbound.shutdownNow();
    http.dispatcher().executorService().shutdown();
    closed.countDown();
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
            .allowedUpdates(List.of("message"))
            .build());
  }

  private void startLongPolling(UpdateConsumer consumer) throws TelegramApiException {
    OkHttpClient pollingHttp =
        http.newBuilder()
            .readTimeout(settings.pollTimeout().plusSeconds(15))
            .addInterceptor(new ConflictWarning(log::warn))
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
                .allowedUpdates(List.of("message"))
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
