package dev.briefing.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the statistical splitter's mistakes on news text: breaks after abbreviations ("Dr.", "Feb.
 * 12"), inside amounts ("$1.5 billion"), before a lower-case continuation, and lone closing quotes.
 */
final class SentenceRepair {
  /** Abbreviations that are practically never the end of a sentence. */
  private static final Set<String> NON_TERMINAL =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
          "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "vs", "approx", "est",
          "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "e.g", "i.e", "cf", "etc.,", "jr", "sr", "messrs", "adm", "cmdr", "sec", "atty",
          "ave", "blvd", "rd");

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.[\"'”’)\\]]*\\s*$");
  private static final Pattern ABBREVIATION_THEN_OPENER =
      Pattern.compile(
          "(?:\\b(?:\\p{Lu}\\.){2,4}|\\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros)\\.)\\s+((?:The|A|An|It|He|She|They|We|I"
              + "|But|In|On|This|That|These|Those|Its|His|Her|Their|Our|There|However|Meanwhile)\\b)");

  /** "said Paul R. Pillar", "John F. Kerry": a first name and a middle initial. */
  private static final Pattern MIDDLE_INITIAL =
      Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.\\s*$");

  private static final Pattern STARTS_NAME = Pattern.compile("^\\p{Lu}\\p{Ll}");

  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"'”’)\\]]*\\s*$");
  private static final Pattern ONLY_CLOSERS = Pattern.compile("^[\\s\"'”’)\\]]+$");
  private static final Pattern STARTS_LOWER_OR_DIGIT =
      Pattern.compile("^[\"'“‘(\\[]?\\s*(\\p{Ll}|\\p{Nd}|[,;:%])");

  List<String> repair(String paragraph, List<int[]> ranges) {
    List<int[]> merged = new ArrayList<>();
    for (int[] range : ranges) {
      if (!merged.isEmpty() && shouldJoin(paragraph, merged.get(merged.size() - 1), range)) {
        merged.get(merged.size() - 1)[1] = range[1];
      } else {
        merged.add(new int[] {range[0], range[1]});
      }
    }
    List<String> sentences = new ArrayList<>(merged.size());
    for (int[] r : merged) {
      for (String s : splitAfterDottedAbbreviation(paragraph.substring(r[0], r[1]))) {
        if (!s.isBlank()) {
          sentences.add(s.strip());
        }
      }
    }
    return sentences;
  }

  /** "Sales fell in the U.S. The company ...": the model misses a break after "U.S.". */
  private static List<String> splitAfterDottedAbbreviation(String sentence) {
    List<String> parts = new ArrayList<>();
    Matcher m = ABBREVIATION_THEN_OPENER.matcher(sentence);
    int from = 0;
    while (m.find()) {
      parts.add(sentence.substring(from, m.start(1)));
      from = m.start(1);
    }
    parts.add(sentence.substring(from));
    return parts;
  }

  private boolean shouldJoin(String paragraph, int[] previous, int[] next) {
    String prev = paragraph.substring(previous[0], previous[1]);
    String text = paragraph.substring(next[0], next[1]);
    if (ONLY_CLOSERS.matcher(text).matches()) {
      return true;
    }
    if (!TERMINAL.matcher(prev).find()) {
      return true;
    }
    if (STARTS_LOWER_OR_DIGIT.matcher(text).find()) {
      return true;
    }
    if (MIDDLE_INITIAL.matcher(prev).find() && STARTS_NAME.matcher(text).find()) {
      return true;
    }
    Matcher m = LAST_WORD.matcher(prev);
    if (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      String bare = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
      return NON_TERMINAL.contains(word) || (!word.contains(".") && NON_TERMINAL.contains(bare));
    }
    return false;
  }
}
