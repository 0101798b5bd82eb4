package dev.briefing.core.entity;

import java.util.Locale;
import java.util.Set;

/** Normalizes name and role words so that a question can name an entity loosely. */
public final class Names {
  private static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "to", "for", "at", "'s", "’s");

  /** Role acronyms and the words they stand for, so "the CEO" finds a "Chief Executive". */
  private static final java.util.Map<String, java.util.List<String>> ROLE_ACRONYMS =
      java.util.Map.of(
          "ceo", java.util.List.of("chief", "executive"),
          "cfo", java.util.List.of("chief", "financial"),
          "coo", java.util.List.of("chief", "operating"),
          "cto", java.util.List.of("chief", "technology"),
          "pm", java.util.List.of("prime", "minister"),
          "gm", java.util.List.of("general", "manager"),
          "md", java.util.List.of("managing", "director"));

  private Names() {}

  /** The words a role acronym stands for, or the word itself. */
  public static java.util.List<String> expandRole(String normalized) {
    return ROLE_ACRONYMS.getOrDefault(normalized, java.util.List.of(normalized));
  }

  // Compiled once: every question normalizes every word of the articles it reads.
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("'s$|'$");
  private static final java.util.regex.Pattern NOT_NAME_CHARACTER =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}.&-]");
  private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");

  /** Lower-case, without possessive or punctuation, singular by a plain "s" rule. */
  public static String normalize(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    w = POSSESSIVE.matcher(w).replaceAll("");
    w = NOT_NAME_CHARACTER.matcher(w).replaceAll("");
    w = FINAL_DOT.matcher(w).replaceAll("");
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
