package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.model.Article;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the outlets of a story's other articles for its "also in: …" line: an article's link host
 * without "www." (feeds' items link to their outlet's site), else its source as written (a file
 * name), else its title.
 */
final class StorySources {
  private StorySources() {}

  /** "also in: b.example, c.example", or empty when the story has one article. */
  static String alsoIn(Story story) {
    Set<String> names = new LinkedHashSet<>();
    for (AnalyzedArticle other : story.alsoIn()) {
      names.add(name(other.article()));
    }
    return names.isEmpty() ? "" : "also in: " + String.join(", ", names);
  }

  static String name(Article article) {
    return article.source().map(StorySources::host).orElse(article.title());
  }

  private static String host(String source) {
    try {
      String host = URI.create(source).getHost();
      if (host != null && !host.isBlank()) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
      }
    } catch (IllegalArgumentException e) {
      // a path, not a URL: named as written
    }
    return source.substring(source.lastIndexOf('/') + 1);
  }
}
