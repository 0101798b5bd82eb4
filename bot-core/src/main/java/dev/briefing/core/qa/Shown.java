package dev.briefing.core.qa;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The sentences a conversation has already shown, which "What else…" and "More" leave out. Only the
 * article and sentence number count, not the text.
 */
public final class Shown {
  /** Nothing shown yet: answers are those of an ordinary question. */
  public static final Shown NONE = new Shown(Set.of());

  private final Set<String> keys;

  private Shown(Set<String> keys) {
    this.keys = keys;
  }

  /** The sentences these citations point to. */
  public static Shown of(Collection<Citation> citations) {
    Set<String> keys = new HashSet<>();
    citations.forEach(c -> keys.add(key(c.article(), c.sentence())));
    return keys.isEmpty() ? NONE : new Shown(Set.copyOf(keys));
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /** Whether sentence {@code n} of {@code article} was shown. */
  public boolean contains(Article article, int n) {
    return !keys.isEmpty() && keys.contains(key(article.id(), n));
  }

  private static String key(String article, int sentence) {
    return sentence + "@" + article;
  }
}
