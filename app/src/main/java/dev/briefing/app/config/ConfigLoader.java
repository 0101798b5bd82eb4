package dev.briefing.app.config;

import static dev.briefing.app.config.ConfigNodes.checkKeys;
import static dev.briefing.app.config.ConfigNodes.isAbsent;
import static dev.briefing.app.config.ConfigNodes.list;
import static dev.briefing.app.config.ConfigNodes.section;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.briefing.app.config.BriefingConfig.Console;
import dev.briefing.app.config.BriefingConfig.Retrieval;
import dev.briefing.app.config.BriefingConfig.Summary;
import dev.briefing.core.BriefingException;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.DatabaseSettingsException;
import dev.briefing.web.access.AdminToken;
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
public final class ConfigLoader {
  static final Path DEFAULT_FILE = Path.of("config", "briefing.yml");
  static final String ENV_SUMMARY_SENTENCES = "BRIEFING_SUMMARY_SENTENCES";
  static final String ENV_CONSOLE_ENABLED = "BRIEFING_CONSOLE_ENABLED";
  static final String ENV_RETRIEVAL_EMBEDDINGS = "BRIEFING_RETRIEVAL_EMBEDDINGS";
  static final String ENV_DB_URL = "BRIEFING_DB_URL";
  static final String ENV_ALLOW_PRIVATE_NETWORKS = "BRIEFING_SOURCES_ALLOW_PRIVATE_NETWORKS";
  static final String ENV_ADMIN_PORT = "BRIEFING_ADMIN_PORT";
  static final String ENV_ADMIN_TOKEN = "BRIEFING_ADMIN_TOKEN";
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

  /**
   * @param workDir the folder relative paths in the environment start from
   * @param env the process's environment variables
   */
  public ConfigLoader(Path workDir, Map<String, String> env) {
    this.workDir = workDir;
    this.env = new EnvOverrides(env);
  }

  /**
   * The configuration from {@code explicitFile}, else the default file when it exists, with the
   * environment's overrides.
   *
   * @throws BriefingException when the explicit file is missing or any value is invalid (then
   *     listing them all)
   */
  public BriefingConfig load(Optional<Path> explicitFile) {
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

    int sentences =
        env.number(
            summary,
            "summary.sentences",
            Summary.defaults().sentences(),
            ENV_SUMMARY_SENTENCES,
            problems);
    boolean consoleEnabled =
        env.flag(console, "console.enabled", true, ENV_CONSOLE_ENABLED, problems);

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
        PlatformSection.parse(root, env, problems),
        adminToken(problems));
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
  public Retrieval retrievalFromEnvironment() {
    List<String> problems = new ArrayList<>();
    Retrieval retrieval = retrieval(MissingNode.getInstance(), problems);
    if (!problems.isEmpty()) {
      throw new ConfigException("the environment", problems);
    }
    return retrieval;
  }

  private Retrieval retrieval(JsonNode root, List<String> problems) {
    return new Retrieval(
        sectionFlag(
            root,
            "retrieval",
            "embeddings",
            Retrieval.defaults().embeddings(),
            ENV_RETRIEVAL_EMBEDDINGS,
            problems));
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

  /** {@code BRIEFING_ADMIN_TOKEN}: unset, the operator pages answer only on loopback. */
  private Optional<AdminToken> adminToken(List<String> problems) {
    String value = env.env().get(ENV_ADMIN_TOKEN);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new AdminToken(value));
    } catch (IllegalArgumentException e) {
      // The message gives the length only, never the value.
      problems.add(ENV_ADMIN_TOKEN + " must be at least " + AdminToken.MIN_LENGTH + " characters");
      return Optional.empty();
    }
  }

  private boolean allowPrivateNetworks(JsonNode root, List<String> problems) {
    return sectionFlag(
        root, "sources", "allow_private_networks", false, ENV_ALLOW_PRIVATE_NETWORKS, problems);
  }

  /** A section holding one key, true or false; replaced by {@code variable} when that is set. */
  private boolean sectionFlag(
      JsonNode root,
      String section,
      String key,
      boolean fallback,
      String variable,
      List<String> problems) {
    JsonNode node = section(root, section, List.of(key), problems);
    return env.flag(node, section + "." + key, fallback, variable, problems);
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
    return list(
        node, "articles", "file paths", (item, key, bad) -> path(item, key, base, bad), problems);
  }

  private static Optional<Path> path(JsonNode item, String key, Path base, List<String> problems) {
    if (!item.isTextual() || item.textValue().isBlank()) {
      problems.add(key + " must be a file path, was " + item);
      return Optional.empty();
    }
    Path path = base.resolve(item.textValue());
    if (!Files.isRegularFile(path)) {
      problems.add(key + ": no such file " + path);
      return Optional.empty();
    }
    return Optional.of(path);
  }
}
