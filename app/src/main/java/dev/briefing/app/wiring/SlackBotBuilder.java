package dev.briefing.app.wiring;

import dev.briefing.slack.SlackBot;
import dev.briefing.slack.inbound.SlackMapper;
import dev.briefing.slack.settings.SlackSettings;
import java.time.Clock;
import java.util.Map;

/**
 * Slack's bot: Socket Mode with {@code SLACK_APP_TOKEN}, else the HTTP endpoint. Retried events are
 * recognised through the database's inbound event log, so the de-duplication holds across
 * instances.
 */
final class SlackBotBuilder implements PlatformFrontendFactory.BotBuilder {
  @Override
  public PlatformFrontend.Bot build(
      Map<String, String> env, FrontendFactory.Services services, Clock clock) {
    SlackBot bot =
        new SlackBot(
            SlackSettings.fromEnvironment(env),
            services.router(),
            services.commands(),
            services.subscriptions(),
            eventId -> services.events().firstTime(SlackMapper.PLATFORM, eventId, clock.instant()),
            clock,
            services.metrics());
    return new PlatformFrontend.Bot(bot.chatAdapter(), bot::start, bot::awaitClose, bot::close);
  }
}
