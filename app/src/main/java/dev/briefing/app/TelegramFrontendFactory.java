package dev.briefing.app;

import dev.briefing.core.BriefingException;
import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.TelegramSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Telegram, when {@code TELEGRAM_BOT_TOKEN} is set: long polling, or a webhook when configured. */
final class TelegramFrontendFactory implements FrontendFactory {
  static final String TOKEN = "TELEGRAM_BOT_TOKEN";

  @Override
  public Optional<ChatFrontend> create(
      BriefingConfig config, Map<String, String> env, Services services) {
    if (env.getOrDefault(TOKEN, "").isBlank()) {
      return Optional.empty();
    }
    TelegramSettings settings;
    try {
      settings = TelegramSettings.fromEnvironment(env);
    } catch (IllegalArgumentException e) {
      // One line, as every start-up problem: "invalid Telegram settings: a; b".
      String problems = e.getMessage().replaceFirst("(?i)^invalid Telegram settings:\\s*- ", "");
      throw new BriefingException(
          "invalid Telegram settings: " + problems.replace("\n- ", "; "), e);
    }
    TelegramBot bot =
        new TelegramBot(
            settings,
            services.router(),
            services.commands(),
            services.subscriptions(),
            Clock.systemUTC());
    services.chats().register("telegram", bot.chatAdapter());
    return Optional.of(new TelegramFrontend(bot));
  }

  private record TelegramFrontend(TelegramBot bot) implements ChatFrontend {
    @Override
    public String name() {
      return "telegram";
    }

    @Override
    public void run() {
      try {
        bot.start();
      } catch (IllegalStateException e) {
        throw new BriefingException(e.getMessage(), e);
      }
      try {
        bot.awaitClose();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() {
      bot.close();
    }
  }
}
