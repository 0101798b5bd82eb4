package dev.briefing.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply's body as paragraphs (split at blank lines) of lines, each line marked when it quotes a
 * cited sentence (it carries the {@code [n]} marker of one of the reply's citations), and whether
 * the body is long enough that a renderer should fold its quotes: it quotes, and it is over {@value
 * #FOLD_CHARS} characters or quotes more than {@value #FOLD_QUOTES} lines. A body without quotes
 * (help, lists) never folds. What folding looks like is the platform's choice. Pure.
 *
 * @param paragraphs the non-blank paragraphs, each a list of its non-blank lines, stripped
 * @param folds whether the body is long enough to fold
 */
public record QuotedBody(List<List<Line>> paragraphs, boolean folds) {
  /** A body longer than this folds. */
  public static final int FOLD_CHARS = 600;

  /** A body quoting more lines than this folds. */
  public static final int FOLD_QUOTES = 4;

  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,6})]");

  public QuotedBody {
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /** The body of {@code reply}, its quoted lines found by the markers of its citations. */
  public static QuotedBody of(Reply reply) {
    int citations = reply.citations().size();
    List<List<Line>> paragraphs = new ArrayList<>();
    int quoted = 0;
    for (String paragraph : PARAGRAPHS.split(reply.text())) {
      List<Line> lines = new ArrayList<>();
      for (String line : paragraph.split("\\n")) {
        if (!line.isBlank()) {
          boolean quotes = hasMarker(line, citations);
          quoted += quotes ? 1 : 0;
          lines.add(new Line(line.strip(), quotes));
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(lines);
      }
    }
    boolean folds =
        quoted > 0 && (reply.text().strip().length() > FOLD_CHARS || quoted > FOLD_QUOTES);
    return new QuotedBody(paragraphs, folds);
  }

  /**
   * Each paragraph's lines joined by newlines: the body as a renderer that does not fold shows it.
   */
  public List<String> paragraphTexts() {
    return paragraphs.stream()
        .map(lines -> String.join("\n", lines.stream().map(Line::text).toList()))
        .toList();
  }

  private static boolean hasMarker(String line, int citations) {
    Matcher marker = MARKER.matcher(line);
    while (marker.find()) {
      int number = Integer.parseInt(marker.group(1));
      if (number >= 1 && number <= citations) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line of the body.
   *
   * @param text the line, stripped
   * @param quoted whether it quotes a cited sentence
   */
  public record Line(String text, boolean quoted) {}
}
