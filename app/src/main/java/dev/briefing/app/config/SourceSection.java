package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.ingest.HttpUrls;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code feeds} and {@code folder} keys of the configuration, each replaced by its environment
 * variable when that is set.
 */
final class SourceSection {
  static final String ENV_FEEDS = "BRIEFING_FEEDS";
  static final String ENV_FOLDER = "BRIEFING_FOLDER";

  private SourceSection() {}

  /**
   * The configured feed addresses, or {@value #ENV_FEEDS} (comma-separated) instead when set; each
   * one that is not an http(s) URL is a problem.
   */
  static List<URI> feeds(JsonNode node, EnvOverrides env, List<String> problems) {
    Optional<List<String>> fromEnv = env.list(ENV_FEEDS);
    if (fromEnv.isPresent()) {
      List<URI> feeds = new ArrayList<>();
      for (String item : fromEnv.get()) {
        HttpUrls.parse(item)
            .ifPresentOrElse(
                feeds::add,
                () -> problems.add(ENV_FEEDS + ": \"" + item + "\" is not an http or https URL"));
      }
      return feeds;
    }
    return ConfigNodes.list(node, "feeds", "feed URLs", SourceSection::feed, problems);
  }

  private static Optional<URI> feed(JsonNode item, String key, List<String> problems) {
    Optional<URI> url = item.isTextual() ? HttpUrls.parse(item.textValue()) : Optional.empty();
    if (url.isEmpty()) {
      problems.add(key + " must be an http or https URL, was " + item);
    }
    return url;
  }

  /**
   * The configured folder, relative to the config file's, or {@value #ENV_FOLDER} (relative to the
   * working folder; blank for none) instead when set; one that is not a folder is a problem.
   */
  static Optional<Path> folder(
      JsonNode node, Path base, EnvOverrides env, Path workDir, List<String> problems) {
    String fromEnv = env.env().get(ENV_FOLDER);
    if (fromEnv != null) {
      if (fromEnv.isBlank()) {
        return Optional.empty();
      }
      return existingFolder(workDir.resolve(fromEnv.strip()), ENV_FOLDER, problems);
    }
    if (ConfigNodes.isAbsent(node) || (node.isTextual() && node.textValue().isBlank())) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add("folder must be a folder path, was " + node);
      return Optional.empty();
    }
    return existingFolder(base.resolve(node.textValue()), "folder", problems);
  }

  private static Optional<Path> existingFolder(Path folder, String key, List<String> problems) {
    if (!Files.isDirectory(folder)) {
      problems.add(key + ": no such folder " + folder);
      return Optional.empty();
    }
    return Optional.of(folder);
  }
}
