package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.app.config.BriefingConfig.Platforms;
import dev.briefing.app.config.BriefingConfig.Platforms.Switch;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code telegram} and {@code slack} sections: whether each platform runs, and, for each that
 * does, every problem with its environment variables (a missing token or secret, a malformed URL or
 * port), so one start lists them all with the configuration's own.
 */
final class PlatformSection {
  static final List<String> KEYS = List.of("enabled");

  private PlatformSection() {}

  /** The switches; then each enabled platform's settings are checked against {@code env}. */
  static Platforms parse(JsonNode root, EnvOverrides env, List<String> problems) {
    Map<ChatPlatform, Switch> switches = new EnumMap<>(ChatPlatform.class);
    for (ChatPlatform platform : ChatPlatform.values()) {
      switches.put(platform, platformSwitch(root, platform, env, problems));
    }
    switches.forEach((platform, enabled) -> check(platform, enabled, env.env(), problems));
    return new Platforms(switches.get(ChatPlatform.TELEGRAM), switches.get(ChatPlatform.SLACK));
  }

  private static Switch platformSwitch(
      JsonNode root, ChatPlatform platform, EnvOverrides env, List<String> problems) {
    String name = platform.id();
    Switch value = Switch.AUTO;
    JsonNode node = ConfigNodes.section(root, name, KEYS, problems).path("enabled");
    if (!ConfigNodes.isAbsent(node)) {
      value =
          switchOf(
              node.isValueNode() ? node.asText() : node.toString(), name + ".enabled", problems);
    }
    String variable = platform.switchVariable();
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
      ChatPlatform platform, Switch enabled, Map<String, String> env, List<String> problems) {
    boolean hasToken = platform.hasToken(env);
    if (enabled == Switch.ON && !hasToken) {
      problems.add(
          platform.id() + ".enabled is true but " + platform.tokenVariable() + " is not set");
      return;
    }
    if (!Platforms.runs(enabled, hasToken)) {
      return;
    }
    try {
      platform.checkSettings(env);
    } catch (IllegalArgumentException e) {
      problems.addAll(settingsProblems(platform.id(), e.getMessage()));
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
