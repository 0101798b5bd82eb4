package dev.briefing.core.chat;

import java.util.Optional;

/**
 * How a reply names an article its citations come from: its headline and, when it has one, its
 * link.
 */
public record ArticleRef(String title, Optional<String> link) {
  public ArticleRef {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    link = link == null ? Optional.empty() : link;
  }

  /** Whether {@code source} is a web address worth showing (not a file name). */
  public static boolean isWebLink(String source) {
    return source.startsWith("https://") || source.startsWith("http://");
  }

  /** "Headline (https://…)", or the headline alone. */
  public String label() {
    return link.map(l -> title + " (" + l + ")").orElse(title);
  }
}
