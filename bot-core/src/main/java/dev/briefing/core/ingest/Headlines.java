package dev.briefing.core.ingest;

import dev.briefing.core.nlp.LanguagePipeline;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the first line of a plain-text story is its headline, and a title for a story without
 * one. A story pasted without a headline must lose nothing, so a line is a headline only when it
 * reads like one:
 *
 * <ul>
 *   <li>short: at most {@value #MAX_WORDS} words and {@value #MAX_CHARS} characters, and one
 *       sentence at most;
 *   <li>it does not run on: no final comma, semicolon, colon or dash, and when the next line is in
 *       the same paragraph it does not start in lower case (a hard-wrapped paragraph);
 *   <li>a line that ends a sentence ({@code .}, {@code ?} or {@code !}, closing quotes aside) is a
 *       paragraph of its own; a final question or exclamation mark is common in headlines ("Will
 *       the tram pay off?"), but a full stop also needs headline style, no article ({@code a},
 *       {@code an}, {@code the}): "Tram line extended." is a headline, "The council voted to extend
 *       the tram line." is the story's first sentence.
 * </ul>
 *
 * A line that the body repeats at its start is a headline whatever it looks like: a feed without
 * titles gets its first paragraph as one, and reading it as a sentence would double it.
 */
final class Headlines {
  static final int MAX_WORDS = 20;
  static final int MAX_CHARS = 150;

  /** A made-up title's length, its ellipsis included. */
  static final int MAX_TITLE = 80;

  private static final Pattern CLOSERS = Pattern.compile("[\"'”’»)\\]]+$");
  private static final Pattern RUNS_ON = Pattern.compile(".*[,;:\\-–—]$");

  /** The English articles, a closed class rather than a tuned list: headlines drop them. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private final LanguagePipeline nlp;

  Headlines(LanguagePipeline nlp) {
    this.nlp = nlp;
  }

  /**
   * @param line the story's first line, cleaned
   * @param ownParagraph whether a blank line (or the end) follows the line
   * @param nextLine the next line of the same paragraph, or empty
   * @param body the body's first paragraph, or empty when nothing follows the line
   */
  boolean isHeadline(String line, boolean ownParagraph, String nextLine, String body) {
    if (!body.isEmpty() && body.startsWith(line)) {
      return true;
    }
    if (!isShort(line) || RUNS_ON.matcher(line).matches()) {
      return false;
    }
    if (!nextLine.isEmpty() && Character.isLowerCase(nextLine.codePointAt(0))) {
      return false;
    }
    char end = lastChar(line);
    if (end == '.' || end == '?' || end == '!') {
      return ownParagraph && (end != '.' || !hasArticle(line));
    }
    return true;
  }

  /** Whether a lone line is a headline with no story: it reads like one and ends no sentence. */
  boolean isHeadlineOnly(String line) {
    char end = lastChar(line);
    return end != '.' && end != '?' && end != '!' && isHeadline(line, true, "", "");
  }

  /** The first sentence as a title, cut at a word boundary with an ellipsis when long. */
  static String titleFrom(String sentence) {
    String s = PlainText.clean(sentence);
    if (s.length() <= MAX_TITLE) {
      return s;
    }
    int cut = s.lastIndexOf(' ', MAX_TITLE - 1);
    if (cut < MAX_TITLE / 2) {
      cut = Character.isLowSurrogate(s.charAt(MAX_TITLE - 1)) ? MAX_TITLE - 2 : MAX_TITLE - 1;
    }
    return s.substring(0, cut).replaceAll("[\\s,;:\\-–—]+$", "") + "…";
  }

  private boolean isShort(String line) {
    return line.length() <= MAX_CHARS
        && line.split(" ").length <= MAX_WORDS
        && nlp.sentences(line).size() <= 1;
  }

  private static char lastChar(String line) {
    String s = CLOSERS.matcher(line).replaceAll("");
    return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
  }

  private static boolean hasArticle(String line) {
    for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ARTICLES.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
