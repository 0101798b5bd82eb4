package dev.briefing.loadtest;

import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.settings.TelegramSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The Telegram adapter as the app runs it ({@link TelegramBot} through its public constructor) over
 * {@link SampleBot}, against a {@link TelegramPlatform} on 127.0.0.1: in webhook mode, updates
 * posted by {@link #updates()}; in long polling mode, queued on the platform's FakeBotApi.
 */
final class TelegramRig implements AutoCloseable {
  static final String TOKEN = "123456:LOADTEST-token";
  static final String SECRET = "webhook_secret-42";
  static final String PATH = "/telegram/hook";

  final SampleBot bot;
  final TelegramPlatform platform;
  final TelegramBot telegram;
  private final TelegramUpdates updates;

  private TelegramRig(boolean webhook, Clock adapterClock) throws IOException {
    bot = new SampleBot(Clock.systemUTC());
    platform = new TelegramPlatform();
    TelegramSettings settings =
        TelegramSettings.longPolling(TOKEN)
            .withApiUrl(platform.url())
            .withPollTimeout(Duration.ofSeconds(1));
    if (webhook) {
      settings =
          settings.withWebhook(
              new TelegramSettings.Webhook(
                  URI.create("https://bot.example.org" + PATH), SECRET, 0));
    }
    telegram =
        new TelegramBot(settings, bot.router(), bot.commands(), bot.subscriptions(), adapterClock);
    try {
      telegram.start();
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
    updates =
        webhook ? new TelegramUpdates(telegram.webhookPort().orElseThrow(), PATH, SECRET) : null;
  }

  static TelegramRig webhook() throws IOException {
    return new TelegramRig(true, Clock.systemUTC());
  }

  /** A webhook rig whose adapter measures its send limits in {@code adapterClock}. */
  static TelegramRig webhook(Clock adapterClock) throws IOException {
    return new TelegramRig(true, adapterClock);
  }

  static TelegramRig longPolling() throws IOException {
    return new TelegramRig(false, Clock.systemUTC());
  }

  /** Posts updates to the webhook (webhook mode only). */
  TelegramUpdates updates() {
    if (updates == null) {
      throw new IllegalStateException("long polling: queue updates on platform.api()");
    }
    return updates;
  }

  @Override
  public void close() throws IOException {
    try {
      telegram.close();
    } finally {
      platform.close();
    }
  }
}
