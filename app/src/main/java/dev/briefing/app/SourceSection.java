package dev.briefing.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        httpUrl(item)
            .ifPresentOrElse(
                feeds::add,
                () -> problems.add(ENV_FEEDS + ": \"" + item + "\" is not an http or https URL"));
      }
      return feeds;
    }
    if (ConfigLoader.isAbsent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add("feeds must be a list of feed URLs, was " + node);
      return List.of();
    }
    List<URI> feeds = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      Optional<URI> url = item.isTextual() ? httpUrl(item.textValue()) : Optional.empty();
      if (url.isPresent()) {
        feeds.add(url.get());
      } else {
        problems.add("feeds[" + i + "] must be an http or https URL, was " + item);
      }
    }
    return feeds;
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
      Path folder = workDir.resolve(fromEnv.strip());
      if (!Files.isDirectory(folder)) {
        problems.add(ENV_FOLDER + ": no such folder " + folder);
        return Optional.empty();
      }
      return Optional.of(folder);
    }
    if (ConfigLoader.isAbsent(node) || (node.isTextual() && node.textValue().isBlank())) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add("folder must be a folder path, was " + node);
      return Optional.empty();
    }
    Path folder = base.resolve(node.textValue());
    if (!Files.isDirectory(folder)) {
      problems.add("folder: no such folder " + folder);
      return Optional.empty();
    }
    return Optional.of(folder);
  }

  private static Optional<URI> httpUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
