package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Values read out of the parsed YAML: each one of the wrong type or shape is added to {@code
 * problems} (naming its key) and the fallback used instead, so one load lists every problem.
 */
final class ConfigNodes {
  /** Reads one item of a list; empty when it is bad, after adding the problem. */
  @FunctionalInterface
  interface ItemReader<T> {
    /**
     * @param key the item's key in messages, e.g. {@code feeds[2]}
     */
    Optional<T> read(JsonNode item, String key, List<String> problems);
  }

  private ConfigNodes() {}

  /** The section {@code name} of {@code root}, holding only {@code keys}; missing when absent. */
  static JsonNode section(JsonNode root, String name, List<String> keys, List<String> problems) {
    JsonNode node = root.path(name);
    if (isAbsent(node)) {
      return MissingNode.getInstance();
    }
    if (!node.isObject()) {
      problems.add(name + " must hold the keys " + String.join(", ", keys) + ", was " + node);
      return MissingNode.getInstance();
    }
    checkKeys(node, name + ".", keys, problems);
    return node;
  }

  static void checkKeys(JsonNode node, String prefix, List<String> known, List<String> problems) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problems.add(
                    "unknown key " + prefix + key + " (known: " + String.join(", ", known) + ")");
              }
            });
  }

  static int intValue(JsonNode node, String key, int fallback, List<String> problems) {
    if (isAbsent(node)) {
      return fallback;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    problems.add(key + " must be a whole number, was " + node);
    return fallback;
  }

  static boolean boolValue(JsonNode node, String key, boolean fallback, List<String> problems) {
    if (isAbsent(node)) {
      return fallback;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    problems.add(key + " must be true or false, was " + node);
    return fallback;
  }

  /**
   * The items of the list at {@code key} that {@code reader} accepts, in order; empty when absent.
   * A value that is not a list is a problem: "{@code key} must be a list of {@code what}".
   */
  static <T> List<T> list(
      JsonNode node, String key, String what, ItemReader<T> reader, List<String> problems) {
    if (isAbsent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(key + " must be a list of " + what + ", was " + node);
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      reader.read(node.get(i), key + "[" + i + "]", problems).ifPresent(items::add);
    }
    return items;
  }

  static boolean isAbsent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }
}
