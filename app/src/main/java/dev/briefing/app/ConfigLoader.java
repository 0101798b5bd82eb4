package dev.briefing.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.briefing.app.BriefingConfig.Console;
import dev.briefing.app.BriefingConfig.Retrieval;
import dev.briefing.app.BriefingConfig.Summary;
import dev.briefing.core.BriefingException;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.DatabaseSettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Loads {@link BriefingConfig}: from {@code --config PATH}, else {@code ./config/briefing.yml} when
 * it exists, else the built-in defaults; then {@code BRIEFING_*} environment variables override
 * single keys. Collects every problem (unknown keys, wrong types, bad values, and each enabled chat
 * platform's missing or malformed environment variables) before failing.
 */
final class ConfigLoader {
  static final Path DEFAULT_FILE = Path.of("config", "briefing.yml");
  static final String ENV_SUMMARY_SENTENCES = "BRIEFING_SUMMARY_SENTENCES";
  static final String ENV_CONSOLE_ENABLED = "BRIEFING_CONSOLE_ENABLED";
  static final String ENV_RETRIEVAL_EMBEDDINGS = "BRIEFING_RETRIEVAL_EMBEDDINGS";
  static final String ENV_DB_URL = "BRIEFING_DB_URL";
  static final String ENV_ALLOW_PRIVATE_NETWORKS = "BRIEFING_SOURCES_ALLOW_PRIVATE_NETWORKS";
  static final String ENV_ADMIN_PORT = "BRIEFING_ADMIN_PORT";
  static final String ENV_ARTICLES = "BRIEFING_ARTICLES";
  static final String ENV_LOG_FORMAT = "BRIEFING_LOG_FORMAT";
  static final String ENV_LOG_LEVEL = "BRIEFING_LOG_LEVEL";
  private static final List<String> LOG_FORMATS = List.of("text", "json");
  private static final List<String> LOG_LEVELS =
      List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
  private static final List<String> SECTIONS =
      List.of(
          "summary",
          "articles",
          "feeds",
          "folder",
          "sources",
          "console",
          "retrieval",
          "digests",
          "retention",
          "telegram",
          "slack");

  private final ObjectMapper yaml =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private final Path workDir;
  private final EnvOverrides env;

  ConfigLoader(Path workDir, Map<String, String> env) {
    this.workDir = workDir;
    this.env = new EnvOverrides(env);
  }

  BriefingConfig load(Optional<Path> explicitFile) {
    Path file = workDir.resolve(explicitFile.orElse(DEFAULT_FILE));
    boolean exists = Files.isRegularFile(file);
    if (explicitFile.isPresent() && !exists) {
      throw new BriefingException("no such configuration file: " + file);
    }
    List<String> problems = new ArrayList<>();
    JsonNode root = exists ? read(file, problems) : MissingNode.getInstance();
    Path base = Optional.ofNullable(file.getParent()).orElse(workDir);
    BriefingConfig config = parse(root, base, problems);
    checkLogging(problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(exists ? file.toString() : "the environment", problems);
    }
    return config;
  }

  private JsonNode read(Path file, List<String> problems) {
    try {
      return yaml.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      problems.add(e.getOriginalMessage() + (at == null ? "" : " at line " + at.getLineNr()));
    } catch (IOException e) {
      problems.add("cannot read it: " + e.getMessage());
    }
    return MissingNode.getInstance();
  }

  private BriefingConfig parse(JsonNode root, Path base, List<String> problems) {
    if (!isAbsent(root) && !root.isObject()) {
      problems.add("the top level must be keys and values (" + String.join(", ", SECTIONS) + ")");
      return BriefingConfig.defaults(workDir);
    }
    checkKeys(root, "", SECTIONS, problems);
    JsonNode summary = section(root, "summary", List.of("sentences"), problems);
    JsonNode console = section(root, "console", List.of("enabled"), problems);

    int sentences = Summary.defaults().sentences();
    sentences = intValue(summary.path("sentences"), "summary.sentences", sentences, problems);
    sentences = env.intValue(ENV_SUMMARY_SENTENCES, sentences, problems);
    boolean consoleEnabled = boolValue(console.path("enabled"), "console.enabled", true, problems);
    consoleEnabled = env.boolValue(ENV_CONSOLE_ENABLED, consoleEnabled, problems);

    Summary validSummary = Summary.defaults();
    try {
      validSummary = new Summary(sentences);
    } catch (IllegalArgumentException e) {
      problems.add("summary." + e.getMessage());
    }
    return new BriefingConfig(
        validSummary,
        articles(root, base, problems),
        new Console(consoleEnabled),
        retrieval(root, problems),
        DigestSection.parse(section(root, "digests", DigestSection.KEYS, problems), env, problems),
        SourceSection.feeds(root.path("feeds"), env, problems),
        SourceSection.folder(root.path("folder"), base, env, workDir, problems),
        allowPrivateNetworks(root, problems),
        adminPort(problems),
        RetentionSection.parse(
            section(root, "retention", RetentionSection.KEYS, problems), env, problems),
        database(problems),
        PlatformSection.parse(root, env, problems));
  }

  /**
   * The database from {@code BRIEFING_DB_*}; unset, an H2 file under {@code data/} in the working
   * folder.
   */
  private DatabaseSettings database(List<String> problems) {
    Map<String, String> vars = new HashMap<>(env.env());
    if (vars.getOrDefault(ENV_DB_URL, "").isBlank()) {
      vars.put(ENV_DB_URL, BriefingConfig.embeddedDatabase(workDir).url());
    }
    try {
      return DatabaseSettings.fromEnvironment(vars);
    } catch (DatabaseSettingsException e) {
      problems.addAll(e.problems());
      return BriefingConfig.embeddedDatabase(workDir);
    }
  }

  /**
   * The retrieval settings for {@code ask} and {@code summarize}, which read no file: the default,
   * unless {@value #ENV_RETRIEVAL_EMBEDDINGS} overrides it.
   */
  Retrieval retrievalFromEnvironment() {
    List<String> problems = new ArrayList<>();
    Retrieval retrieval = retrieval(MissingNode.getInstance(), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException("the environment", problems);
    }
    return retrieval;
  }

  private Retrieval retrieval(JsonNode root, List<String> problems) {
    JsonNode section = section(root, "retrieval", List.of("embeddings"), problems);
    boolean embeddings =
        boolValue(
            section.path("embeddings"),
            "retrieval.embeddings",
            Retrieval.defaults().embeddings(),
            problems);
    return new Retrieval(env.boolValue(ENV_RETRIEVAL_EMBEDDINGS, embeddings, problems));
  }

  /**
   * {@code BRIEFING_LOG_FORMAT} and {@code BRIEFING_LOG_LEVEL}, which logback.xml reads: logback
   * would quietly log nothing (an unknown format) or everything at DEBUG (an unknown level).
   */
  private void checkLogging(List<String> problems) {
    String format = env.env().get(ENV_LOG_FORMAT);
    if (format != null && !LOG_FORMATS.contains(format)) {
      problems.add(ENV_LOG_FORMAT + " must be text or json, was \"" + format + "\"");
    }
    String level = env.env().get(ENV_LOG_LEVEL);
    if (level != null && !LOG_LEVELS.contains(level.strip().toUpperCase(Locale.ROOT))) {
      problems.add(
          ENV_LOG_LEVEL
              + " must be one of "
              + String.join(", ", LOG_LEVELS)
              + ", was \""
              + level
              + "\"");
    }
  }

  /** {@code BRIEFING_ADMIN_PORT}: unset, no admin port. */
  private OptionalInt adminPort(List<String> problems) {
    String value = env.env().get(ENV_ADMIN_PORT);
    if (value == null || value.isBlank()) {
      return OptionalInt.empty();
    }
    int port = env.intValue(ENV_ADMIN_PORT, -1, problems);
    if (port < 1 || port > 65535) {
      if (port != -1 || value.strip().matches("-?\\d+")) {
        problems.add(ENV_ADMIN_PORT + " must be a port from 1 to 65535, was \"" + value + "\"");
      }
      return OptionalInt.empty();
    }
    return OptionalInt.of(port);
  }

  private boolean allowPrivateNetworks(JsonNode root, List<String> problems) {
    JsonNode section = section(root, "sources", List.of("allow_private_networks"), problems);
    boolean allowed =
        boolValue(
            section.path("allow_private_networks"),
            "sources.allow_private_networks",
            false,
            problems);
    return env.boolValue(ENV_ALLOW_PRIVATE_NETWORKS, allowed, problems);
  }

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
   * The {@code articles} list, or {@value #ENV_ARTICLES} (comma-separated paths, relative to the
   * working folder) instead when set.
   */
  private List<Path> articles(JsonNode root, Path base, List<String> problems) {
    Optional<List<String>> fromEnv = env.list(ENV_ARTICLES);
    if (fromEnv.isEmpty()) {
      return paths(root.path("articles"), base, problems);
    }
    List<Path> paths = new ArrayList<>();
    for (String item : fromEnv.get()) {
      Path path = workDir.resolve(item);
      if (Files.isRegularFile(path)) {
        paths.add(path);
      } else {
        problems.add(ENV_ARTICLES + ": no such file " + path);
      }
    }
    return paths;
  }

  private static List<Path> paths(JsonNode node, Path base, List<String> problems) {
    if (isAbsent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add("articles must be a list of file paths, was " + node);
      return List.of();
    }
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      Path path =
          item.isTextual() && !item.textValue().isBlank() ? base.resolve(item.textValue()) : null;
      if (path == null) {
        problems.add("articles[" + i + "] must be a file path, was " + item);
      } else if (!Files.isRegularFile(path)) {
        problems.add("articles[" + i + "]: no such file " + path);
      } else {
        paths.add(path);
      }
    }
    return paths;
  }

  static boolean isAbsent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }
}
