package dev.briefing.app;

import dev.briefing.slack.SlackBot;
import dev.briefing.slack.SlackMapper;
import dev.briefing.slack.SlackSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Slack, when {@code SLACK_BOT_TOKEN} is set (unless {@code slack.enabled} is false): Socket Mode
 * with {@code SLACK_APP_TOKEN}, else the HTTP endpoint. Retried events are recognised through the
 * database's inbound event log, so the de-duplication holds across instances.
 */
final class SlackFrontendFactory implements FrontendFactory {
  static final String TOKEN = "SLACK_BOT_TOKEN";

  @Override
  public Optional<ChatFrontend> create(
      BriefingConfig config, Map<String, String> env, Services services) {
    boolean hasToken = !env.getOrDefault(TOKEN, "").isBlank();
    if (!BriefingConfig.Platforms.runs(config.platforms().slack(), hasToken)) {
      return Optional.empty();
    }
    // Checked with the configuration at start (PlatformSection): every problem is listed there.
    SlackSettings settings = SlackSettings.fromEnvironment(env);
    Clock clock = Clock.systemUTC();
    SlackBot bot =
        new SlackBot(
            settings,
            services.router(),
            services.commands(),
            services.subscriptions(),
            eventId -> services.events().firstTime(SlackMapper.PLATFORM, eventId, clock.instant()),
            clock,
            services.metrics());
    services.chats().register(SlackMapper.PLATFORM, bot.chatAdapter());
    return Optional.of(new PlatformFrontend("slack", bot::start, bot::awaitClose, bot::close));
  }
}
