package dev.briefing.app;

import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.TelegramMapper;
import dev.briefing.telegram.TelegramSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram, when {@code TELEGRAM_BOT_TOKEN} is set (unless {@code telegram.enabled} is false): long
 * polling, or a webhook when configured. Updates Telegram delivers again (after a restart, or to
 * another instance) are recognised through the database's inbound event log, keyed by the bot's id
 * and the update id.
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
    // Checked with the configuration at start (PlatformSection): every problem is listed there.
    TelegramSettings settings = TelegramSettings.fromEnvironment(env);
    Clock clock = Clock.systemUTC();
    TelegramBot bot =
        new TelegramBot(
            settings,
            services.router(),
            services.commands(),
            services.subscriptions(),
            clock,
            services.metrics(),
            updateId ->
                services
                    .events()
                    .firstTime(
                        TelegramMapper.PLATFORM,
                        botId(settings) + ":" + updateId,
                        clock.instant()));
    services.chats().register("telegram", bot.chatAdapter());
    return Optional.of(new PlatformFrontend("telegram", bot::start, bot::awaitClose, bot::close));
  }

  /** The bot's user id: the token's public part before the colon, so two bots' updates differ. */
  static String botId(TelegramSettings settings) {
    String token = settings.token();
    int colon = token.indexOf(':');
    return colon > 0 ? token.substring(0, colon) : "bot";
  }
}
