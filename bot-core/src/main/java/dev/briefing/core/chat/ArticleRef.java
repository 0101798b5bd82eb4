package dev.briefing.core.chat;

import dev.briefing.core.model.Article;
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

  /** How to name {@code article}: its title, and its source when that is a web link. */
  public static ArticleRef of(Article article) {
    return new ArticleRef(article.title(), article.source().filter(ArticleRef::isWebLink));
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
