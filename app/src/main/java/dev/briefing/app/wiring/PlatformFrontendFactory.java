package dev.briefing.app.wiring;

import dev.briefing.app.config.BriefingConfig;
import dev.briefing.app.config.ChatPlatform;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A chat platform switched on by its bot token (unless its {@code enabled} switch says otherwise):
 * builds its bot, registers the bot's outbound adapter so digests reach its chats, and serves the
 * bot as a front end. Telegram and Slack differ only in how their bot is built.
 *
 * @param platform the platform's switch and token
 * @param bots builds its bot once it runs
 */
record PlatformFrontendFactory(ChatPlatform platform, BotBuilder bots) implements FrontendFactory {
  /** Builds one platform's bot from its environment variables. */
  @FunctionalInterface
  interface BotBuilder {
    PlatformFrontend.Bot build(Map<String, String> env, Services services, Clock clock);
  }

  @Override
  public Optional<ChatFrontend> create(
      BriefingConfig config, Map<String, String> env, Services services) {
    if (!platform.runs(config.platforms(), env)) {
      return Optional.empty();
    }
    // Checked with the configuration at start (PlatformSection): every problem is listed there.
    PlatformFrontend.Bot bot = bots.build(env, services, Clock.systemUTC());
    services.chats().register(platform.id(), bot.outbound());
    return Optional.of(new PlatformFrontend(platform.id(), bot));
  }
}
