package dev.briefing.sources.files;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the .txt, .md and .html articles in one folder (not its subfolders). Each scan returns only
 * files that are new or changed (path, last-modified time and size) since the last scan.
 */
public final class FolderSource {
  private static final List<String> EXTENSIONS =
      List.of(".txt", ".md", ".markdown", ".html", ".htm");

  private final Path folder;
  private final ArticleReader reader;
  private final Map<Path, Stamp> seen = new HashMap<>();

  private record Stamp(long lastModifiedMillis, long size) {}

  /**
   * The result of one scan.
   *
   * @param articles articles from new or changed files, in file-name order
   * @param failures files that could not be read, with the reason; retried once they change
   */
  public record Scan(List<Article> articles, Map<Path, String> failures) {
    public Scan {
      articles = List.copyOf(articles);
      failures = Map.copyOf(failures);
    }
  }

  public FolderSource(Path folder, ArticleReader reader) {
    this.folder = folder;
    this.reader = reader;
  }

  /** Reads what is new or changed since the previous scan. Not for concurrent use. */
  public synchronized Scan scan() {
    Map<Path, Stamp> current = list();
    List<Article> articles = new ArrayList<>();
    Map<Path, String> failures = new LinkedHashMap<>();
    for (Map.Entry<Path, Stamp> file : current.entrySet()) {
      if (file.getValue().equals(seen.get(file.getKey()))) {
        continue;
      }
      try {
        articles.add(reader.read(file.getKey()));
      } catch (BriefingException e) {
        failures.put(file.getKey(), e.getMessage());
      }
    }
    seen.clear();
    seen.putAll(current);
    return new Scan(articles, failures);
  }

  private Map<Path, Stamp> list() {
    if (!Files.isDirectory(folder)) {
      throw new BriefingException("no such folder: " + folder);
    }
    Map<Path, Stamp> files = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path path : entries.filter(FolderSource::isArticle).sorted().toList()) {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isRegularFile()) {
          files.put(path, new Stamp(attrs.lastModifiedTime().toMillis(), attrs.size()));
        }
      }
    } catch (IOException e) {
      throw new BriefingException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return files;
  }

  private static boolean isArticle(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
  }
}
