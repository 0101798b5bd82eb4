package dev.briefing.core.entity;

import java.util.Locale;
import java.util.Set;

/** Normalizes name and role words so that a question can name an entity loosely. */
public final class Names {
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "for", "at", "'s", "’s");

  private Names() {}

  /** Lower-case, without possessive or punctuation, singular by a plain "s" rule. */
  public static String normalize(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    w = w.replaceAll("'s$|'$", "").replaceAll("[^\\p{L}\\p{Nd}.&-]", "");
    w = w.replaceAll("\\.$", "");
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Whether the word carries no identity on its own (articles, "of"). */
  public static boolean isStopWord(String normalized) {
    return normalized.isEmpty() || STOP.contains(normalized);
  }
}
