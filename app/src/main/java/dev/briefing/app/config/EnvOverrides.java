package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Environment variables that override single configuration keys, e.g. in a container. */
record EnvOverrides(Map<String, String> env) {
  EnvOverrides {
    env = Map.copyOf(env);
  }

  /**
   * The whole number at {@code key} ({@code section.name}) of the file's {@code section}, else
   * {@code fallback}; replaced by {@code variable} when that is set.
   */
  int number(JsonNode section, String key, int fallback, String variable, List<String> problems) {
    int value = ConfigNodes.intValue(section.path(name(key)), key, fallback, problems);
    return intValue(variable, value, problems);
  }

  /**
   * True or false at {@code key} ({@code section.name}) of the file's {@code section}, else {@code
   * fallback}; replaced by {@code variable} when that is set.
   */
  boolean flag(
      JsonNode section, String key, boolean fallback, String variable, List<String> problems) {
    boolean value = ConfigNodes.boolValue(section.path(name(key)), key, fallback, problems);
    return boolValue(variable, value, problems);
  }

  private static String name(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  /** The variable as a whole number, else {@code fallback} when unset; a bad value is a problem. */
  int intValue(String name, int fallback, List<String> problems) {
    String value = env.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      problems.add(name + " must be a whole number, was \"" + value + "\"");
      return fallback;
    }
  }

  /** The variable as {@code true} or {@code false} (any case), else {@code fallback} when unset. */
  boolean boolValue(String name, boolean fallback, List<String> problems) {
    String value = env.get(name);
    if (value == null) {
      return fallback;
    }
    String word = value.strip();
    if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(word);
    }
    problems.add(name + " must be true or false, was \"" + value + "\"");
    return fallback;
  }

  /**
   * The variable as a comma-separated list (blank items dropped), else empty when unset; set but
   * blank, an empty list.
   */
  Optional<List<String>> list(String name) {
    String value = env.get(name);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
