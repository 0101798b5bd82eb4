package dev.briefing.core.digest;

import dev.briefing.core.model.Answer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers an answer's footnote markers: the trailing {@code " [k]"} of each line, where {@code k}
 * is 1-based in the answer's own citations. Answers joined into one reply (a digest's items) each
 * start at [1]; shifted by the citations before them, marker n means the reply's n-th citation.
 */
final class CitationMarkers {
  private static final Pattern TRAILING = Pattern.compile("(?: \\[\\d+\\])+$");
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)\\]");

  private CitationMarkers() {}

  /** {@code answer} with every line's trailing markers raised by {@code offset}. */
  static Answer shift(Answer answer, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
    if (offset == 0) {
      return answer;
    }
    String[] lines = answer.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lines[i] = shiftLine(lines[i], offset);
    }
    return new Answer(answer.found(), String.join("\n", lines), answer.citations());
  }

  private static String shiftLine(String line, int offset) {
    Matcher trailing = TRAILING.matcher(line);
    if (!trailing.find()) {
      return line;
    }
    Matcher marker = MARKER.matcher(trailing.group());
    StringBuilder shifted = new StringBuilder();
    while (marker.find()) {
      int n = Integer.parseInt(marker.group(1)) + offset;
      marker.appendReplacement(shifted, "[" + n + "]");
    }
    marker.appendTail(shifted);
    return line.substring(0, trailing.start()) + shifted;
  }
}
