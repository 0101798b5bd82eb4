package dev.briefing.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.app.BriefingConfig.Platforms;
import dev.briefing.app.BriefingConfig.Platforms.Switch;
import dev.briefing.slack.SlackSettings;
import dev.briefing.telegram.TelegramSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code telegram} and {@code slack} sections: whether each platform runs, and, for each that
 * does, every problem with its environment variables (a missing token or secret, a malformed URL or
 * port), so one start lists them all with the configuration's own.
 */
final class PlatformSection {
  static final List<String> KEYS = List.of("enabled");
  static final String ENV_TELEGRAM_ENABLED = "BRIEFING_TELEGRAM_ENABLED";
  static final String ENV_SLACK_ENABLED = "BRIEFING_SLACK_ENABLED";

  private PlatformSection() {}

  /** The switches; then each enabled platform's settings are checked against {@code env}. */
  static Platforms parse(JsonNode root, EnvOverrides env, List<String> problems) {
    Switch telegram =
        platformSwitch(
            ConfigLoader.section(root, "telegram", KEYS, problems),
            "telegram",
            env,
            ENV_TELEGRAM_ENABLED,
            problems);
    Switch slack =
        platformSwitch(
            ConfigLoader.section(root, "slack", KEYS, problems),
            "slack",
            env,
            ENV_SLACK_ENABLED,
            problems);
    Platforms platforms = new Platforms(telegram, slack);
    Map<String, String> vars = env.env();
    check(
        "telegram",
        telegram,
        TelegramFrontendFactory.TOKEN,
        vars,
        TelegramSettings::fromEnvironment,
        problems);
    check(
        "slack", slack, SlackFrontendFactory.TOKEN, vars, SlackSettings::fromEnvironment, problems);
    return platforms;
  }

  private static Switch platformSwitch(
      JsonNode section, String name, EnvOverrides env, String variable, List<String> problems) {
    Switch value = Switch.AUTO;
    JsonNode node = section.path("enabled");
    if (!ConfigLoader.isAbsent(node)) {
      value =
          switchOf(
              node.isValueNode() ? node.asText() : node.toString(), name + ".enabled", problems);
    }
    String override = env.env().get(variable);
    return override == null ? value : switchOf(override, variable, problems);
  }

  private static Switch switchOf(String text, String key, List<String> problems) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "auto" -> Switch.AUTO;
      case "true" -> Switch.ON;
      case "false" -> Switch.OFF;
      default -> {
        problems.add(key + " must be auto, true or false, was \"" + text + "\"");
        yield Switch.AUTO;
      }
    };
  }

  private static void check(
      String name,
      Switch enabled,
      String tokenVariable,
      Map<String, String> env,
      Consumer<Map<String, String>> settings,
      List<String> problems) {
    boolean hasToken = !env.getOrDefault(tokenVariable, "").isBlank();
    if (enabled == Switch.ON && !hasToken) {
      problems.add(name + ".enabled is true but " + tokenVariable + " is not set");
      return;
    }
    if (!Platforms.runs(enabled, hasToken)) {
      return;
    }
    try {
      settings.accept(env);
    } catch (IllegalArgumentException e) {
      problems.addAll(settingsProblems(name, e.getMessage()));
    }
  }

  /**
   * The adapters' settings list their problems on lines after a heading ("Invalid Slack
   * settings:\n- a\n- b"); each becomes one problem, "slack: a".
   */
  static List<String> settingsProblems(String platform, String message) {
    List<String> lines =
        message.lines().map(String::strip).filter(l -> l.startsWith("- ")).toList();
    if (lines.isEmpty()) {
      return List.of(platform + ": " + message.strip());
    }
    return lines.stream().map(l -> platform + ": " + l.substring(2)).toList();
  }
}
