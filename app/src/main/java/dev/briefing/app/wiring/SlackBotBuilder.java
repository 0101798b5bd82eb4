package dev.briefing.app.wiring;

import dev.briefing.core.outbound.RateBudget;
import dev.briefing.slack.SlackBot;
import dev.briefing.slack.inbound.SlackMapper;
import dev.briefing.slack.settings.SlackSettings;
import java.time.Clock;
import java.util.Map;

/**
 * Slack's bot: Socket Mode with {@code SLACK_APP_TOKEN}, else the HTTP endpoint. Retried events are
 * recognised through the database's inbound event log, so the de-duplication holds across
 * instances; the conversations in the database tell which thread replies are for the bot, whichever
 * instance answered the question.
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
            services.conversations(),
            clock,
            services.metrics(),
            RateBudget.unlimited());
    return new PlatformFrontend.Bot(bot.chatAdapter(), bot::start, bot::awaitClose, bot::close);
  }
}
