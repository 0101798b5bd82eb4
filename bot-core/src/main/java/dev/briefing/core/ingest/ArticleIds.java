package dev.briefing.core.ingest;

import java.util.List;
import java.util.Locale;

/** Stable article ids: a readable slug plus a short hash of the content. */
final class ArticleIds {
  private ArticleIds() {}

  static String idFor(String name, String title, List<String> paragraphs) {
    String base = name;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    base = base.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String slug = slug(base.isBlank() || base.startsWith("http") ? title : base);
    return slug + "-" + ContentHash.sha256Hex(String.join("\n\n", paragraphs), 3);
  }

  static String slug(String s) {
    String slug =
        s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }
}
