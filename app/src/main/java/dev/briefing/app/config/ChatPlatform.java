package dev.briefing.app.config;

import dev.briefing.app.config.BriefingConfig.Platforms;
import dev.briefing.app.config.BriefingConfig.Platforms.Switch;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.telegram.settings.TelegramSettings;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A chat platform as the configuration turns it on: its section's {@code enabled} switch, the
 * variable that overrides the switch, the bot token that {@code auto} looks for, and the check of
 * the rest of its environment variables.
 */
public enum ChatPlatform {
  TELEGRAM(
      "telegram",
      "BRIEFING_TELEGRAM_ENABLED",
      "TELEGRAM_BOT_TOKEN",
      TelegramSettings::fromEnvironment),
  SLACK("slack", "BRIEFING_SLACK_ENABLED", "SLACK_BOT_TOKEN", SlackSettings::fromEnvironment);

  private final String id;
  private final String switchVariable;
  private final String tokenVariable;
  private final Consumer<Map<String, String>> settingsCheck;

  ChatPlatform(
      String id,
      String switchVariable,
      String tokenVariable,
      Consumer<Map<String, String>> settingsCheck) {
    this.id = id;
    this.switchVariable = switchVariable;
    this.tokenVariable = tokenVariable;
    this.settingsCheck = settingsCheck;
  }

  /** The platform's name: its configuration section, its chat addresses' platform. */
  public String id() {
    return id;
  }

  /** Whether it runs with this configuration and environment. */
  public boolean runs(Platforms platforms, Map<String, String> env) {
    return Platforms.runs(switchIn(platforms), hasToken(env));
  }

  String switchVariable() {
    return switchVariable;
  }

  String tokenVariable() {
    return tokenVariable;
  }

  boolean hasToken(Map<String, String> env) {
    return !env.getOrDefault(tokenVariable, "").isBlank();
  }

  Switch switchIn(Platforms platforms) {
    return this == TELEGRAM ? platforms.telegram() : platforms.slack();
  }

  /** Reads its settings from the environment; throws {@link IllegalArgumentException} if bad. */
  void checkSettings(Map<String, String> env) {
    settingsCheck.accept(env);
  }
}
