package dev.briefing.core.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into pieces whose escaped form ({@code &}, {@code <} and {@code >} written as entities,
 * as both Telegram HTML and Slack mrkdwn need) fits a limit, at line, then sentence, then word
 * boundaries, never inside an escape or a surrogate pair. Pure.
 */
public final class TextSplitter {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*\\s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  private TextSplitter() {}

  /** The text cut into pieces of at most {@code limit} escaped characters, each stripped. */
  public static List<String> pieces(String text, int limit) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (escapedLength(rest) > limit) {
      int cut = cutAt(rest, limit);
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /**
   * Joins paragraphs with blank lines into chunks of at most {@code limit} escaped characters,
   * cutting paragraphs that are longer on their own.
   */
  public static List<String> chunks(List<String> paragraphs, int limit) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentLength = 0;
    for (String paragraph : paragraphs) {
      for (String piece : pieces(paragraph, limit)) {
        int length = escapedLength(piece);
        if (currentLength > 0 && currentLength + 2 + length > limit) {
          chunks.add(current.toString());
          current.setLength(0);
          currentLength = 0;
        }
        if (currentLength > 0) {
          current.append("\n\n");
          currentLength += 2;
        }
        current.append(piece);
        currentLength += length;
      }
    }
    if (currentLength > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** The escaped text, shortened with an ellipsis when longer than {@code limit}. */
  public static String truncate(String text, int limit, UnaryOperator<String> escape) {
    if (escapedLength(text) <= limit) {
      return escape.apply(text);
    }
    String head = text.substring(0, cutAt(text, limit - 1)).strip();
    return escape.apply(head) + "…";
  }

  /** Where to cut {@code text} so the first part fits {@code limit}: best boundary first. */
  public static int cutAt(String text, int limit) {
    int window = longestPrefixWithin(text, limit);
    String prefix = text.substring(0, window);
    int line = prefix.lastIndexOf('\n');
    if (line >= window / 2) {
      return line + 1;
    }
    int sentence = lastMatchEnd(SENTENCE_END, prefix);
    if (sentence >= window / 2) {
      return sentence;
    }
    int word = lastMatchEnd(WHITESPACE, prefix);
    if (word > 0) {
      return word;
    }
    boolean splitsPair = window > 1 && Character.isHighSurrogate(text.charAt(window - 1));
    return splitsPair ? window - 1 : window;
  }

  /**
   * Escapes {@code &}, {@code <} and {@code >} as entities: all Telegram's HTML parse mode and
   * Slack's mrkdwn ask for.
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The length of the text once {@code &}, {@code <} and {@code >} are written as entities. */
  public static int escapedLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      length += escapedLength(text.charAt(i));
    }
    return length;
  }

  private static int longestPrefixWithin(String text, int limit) {
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      used += escapedLength(text.charAt(i));
      if (used > limit) {
        return i;
      }
    }
    return text.length();
  }

  private static int lastMatchEnd(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int end = -1;
    while (matcher.find()) {
      end = matcher.end();
    }
    return end;
  }

  private static int escapedLength(char c) {
    return switch (c) {
      case '&' -> 5;
      case '<', '>' -> 4;
      default -> 1;
    };
  }
}
