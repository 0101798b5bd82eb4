package dev.briefing.app;

import dev.briefing.core.chat.CommandRouter;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one chat platform's front end when the configuration or environment enables it (for
 * example Telegram when {@code TELEGRAM_BOT_TOKEN} is set), else nothing.
 */
@FunctionalInterface
interface FrontendFactory {
  Optional<ChatFrontend> create(
      BriefingConfig config, Map<String, String> env, CommandRouter router);
}
