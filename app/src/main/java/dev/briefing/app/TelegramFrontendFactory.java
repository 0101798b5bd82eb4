package dev.briefing.app;

import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.TelegramSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram, when {@code TELEGRAM_BOT_TOKEN} is set (unless {@code telegram.enabled} is false): long
 * polling, or a webhook when configured.
 */
final class TelegramFrontendFactory implements FrontendFactory {
  static final String TOKEN = "TELEGRAM_BOT_TOKEN";

  @Override
  public Optional<ChatFrontend> create(
      BriefingConfig config, Map<String, String> env, Services services) {
    boolean hasToken = !env.getOrDefault(TOKEN, "").isBlank();
    if (!BriefingConfig.Platforms.runs(config.platforms().telegram(), hasToken)) {
      return Optional.empty();
    }
    TelegramSettings settings;
    try {
      settings = TelegramSettings.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      throw PlatformFrontend.invalidSettings("Telegram", e);
    }
    TelegramBot bot =
        new TelegramBot(
            settings,
            services.router(),
            services.commands(),
            services.subscriptions(),
            Clock.systemUTC(),
            services.metrics());
    services.chats().register("telegram", bot.chatAdapter());
    return Optional.of(new PlatformFrontend("telegram", bot::start, bot::awaitClose, bot::close));
  }
}
