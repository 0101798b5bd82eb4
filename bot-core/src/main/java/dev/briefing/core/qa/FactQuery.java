package dev.briefing.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a factual question needs from a sentence besides its words: the names and numbers it
 * mentions (a sentence that answers shares them) and whether it asks about what did not happen.
 *
 * @param searchText the question without its question words: what to search for
 * @param names the proper names of the question, as written ("Huguenots", "Cape")
 * @param negated whether the question asks about a negation ("What did Sadat not seek?")
 */
record FactQuery(String searchText, List<String> names, boolean negated) {
  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’.-]*");
  private static final Pattern NEGATION =
      Pattern.compile("\\b(?:not|never|no|nobody|nothing|none|neither|nor|without)\\b|n['’]t\\b");

  static FactQuery of(Question q) {
    String text = q.text() == null ? "" : q.text();
    List<String> names = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$|[.'’]$", "");
      if (m.start() > 0 && w.length() > 1) { // stop words ("In", "The") drop out when searched
        names.add(w);
      }
    }
    boolean negated = NEGATION.matcher(text.toLowerCase(Locale.ROOT)).find();
    return new FactQuery(FactAnswers.searchText(q), List.copyOf(names), negated);
  }

  /** Whether a sentence says what is not: "not", "never", "n't", "no", "without". */
  static boolean hasNegation(String sentence) {
    return NEGATION.matcher(sentence.toLowerCase(Locale.ROOT)).find();
  }
}
