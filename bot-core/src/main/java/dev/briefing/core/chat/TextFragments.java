package dev.briefing.core.chat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Links that scroll to a sentence: a text fragment ({@code #:~:text=}) per the URL Fragment Text
 * Directives spec (https://wicg.github.io/scroll-to-text-fragment/). A sentence of up to {@value
 * #WHOLE_WORDS} words is matched whole; a longer one by its first and last {@value #EDGE_WORDS}
 * words ({@code text=start,end}), which keeps the link short and survives small differences in the
 * middle. Terms are percent-encoded as UTF-8, {@code -}, {@code ,} and {@code &} included, since
 * the directive's syntax uses them. Pure.
 */
public final class TextFragments {
  /** Sentences of at most this many words are matched whole. */
  static final int WHOLE_WORDS = 10;

  /** How many words a longer sentence's start and end terms hold. */
  static final int EDGE_WORDS = 5;

  private static final String DELIMITER = ":~:";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private TextFragments() {}

  /**
   * {@code url} pointing at {@code sentence}: a fragment directive after any fragment the URL has
   * ({@code #frag:~:text=…}), replacing a fragment directive it had. The URL is made {@link
   * #safe(String) safe} first; a blank sentence gives the safe URL alone.
   */
  public static String link(String url, String sentence) {
    String safe = safe(url);
    String directive = directive(sentence);
    if (directive.isEmpty()) {
      return safe;
    }
    int hash = safe.indexOf('#');
    if (hash < 0) {
      return safe + "#" + DELIMITER + directive;
    }
    int old = safe.indexOf(DELIMITER, hash);
    String kept = old < 0 ? safe : safe.substring(0, old);
    return kept + DELIMITER + directive;
  }

  /** The text directive for {@code sentence}, e.g. {@code text=We%20do%20not%20want%20war.}. */
  public static String directive(String sentence) {
    if (sentence.isBlank()) {
      return "";
    }
    List<String> words = Arrays.asList(sentence.strip().split("\\s+"));
    if (words.size() <= WHOLE_WORDS) {
      return "text=" + term(words);
    }
    List<String> start = words.subList(0, EDGE_WORDS);
    List<String> end = words.subList(words.size() - EDGE_WORDS, words.size());
    return "text=" + term(start) + "," + term(end);
  }

  /**
   * {@code url} with every character a URL may not hold written as UTF-8 percent escapes: spaces
   * and controls, non-ASCII, and {@code " < > \ ^ ` { | }}. Existing escapes stay, so a link made
   * safe can be put in an HTML attribute or a Slack {@code <url|text>} with only {@code &} (and in
   * HTML {@code "}) left to escape.
   */
  public static String safe(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        percent(out, c);
      }
    }
    return out.toString();
  }

  /**
   * Words joined by spaces, everything but ASCII letters, digits, {@code .}, {@code _}, {@code ~}
   * percent-encoded.
   */
  private static String term(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (byte b : String.join(" ", words).getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        percent(out, c);
      }
    }
    return out.toString();
  }

  private static void percent(StringBuilder out, int c) {
    out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
  }
}
