package dev.briefing.app.wiring;

import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.inbound.TelegramMapper;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.telegram.settings.TelegramSettings;
import java.time.Clock;
import java.util.Map;

/**
 * Telegram's bot: long polling, or a webhook when configured. Updates Telegram delivers again
 * (after a restart, or to another instance) are recognised through the database's inbound event
 * log, keyed by the bot's id and the update id. With PostgreSQL, every instance draws its sends
 * from the token's one budget ({@link TelegramChatAdapter#SHARED_PER_TOKEN} a second).
 */
final class TelegramBotBuilder implements PlatformFrontendFactory.BotBuilder {
  @Override
  public PlatformFrontend.Bot build(
      Map<String, String> env, FrontendFactory.Services services, Clock clock) {
    TelegramSettings settings = TelegramSettings.fromEnvironment(env);
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
                        TelegramMapper.PLATFORM, botId(settings) + ":" + updateId, clock.instant()),
            services
                .budgets()
                .of(
                    TelegramMapper.PLATFORM,
                    settings.token(),
                    TelegramChatAdapter.SHARED_PER_TOKEN));
    return new PlatformFrontend.Bot(bot.chatAdapter(), bot::start, bot::awaitClose, bot::close);
  }

  /** The bot's user id: the token's public part before the colon, so two bots' updates differ. */
  static String botId(TelegramSettings settings) {
    String token = settings.token();
    int colon = token.indexOf(':');
    return colon > 0 ? token.substring(0, colon) : "bot";
  }
}
