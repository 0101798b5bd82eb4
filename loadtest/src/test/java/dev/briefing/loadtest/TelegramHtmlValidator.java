package dev.briefing.loadtest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a sendMessage text as Telegram's HTML parse mode reads it: only the tags Telegram knows,
 * balanced and properly nested; every {@code <}, {@code >} and {@code &} part of a tag or one of
 * the entities Telegram accepts; at most 4,096 characters; not blank once tags are removed; no lone
 * surrogate (it cannot be encoded as UTF-8). On top of Telegram's rules it rejects any live tag the
 * bot's renderer does not make ({@code <b>} around "Sources", {@code <blockquote>}), so markup a
 * user typed can never come out live, even a tag Telegram would accept.
 */
final class TelegramHtmlValidator {
  static final int MAX_LENGTH = 4096;

  private static final Set<String> TELEGRAM_TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "span",
          "tg-spoiler",
          "a",
          "tg-emoji",
          "code",
          "pre",
          "blockquote");
  private static final Set<String> RENDERER_TAGS = Set.of("b", "blockquote");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)((?:\\s[^<>]*)?)>");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtmlValidator() {}

  /** What is wrong with {@code html}; empty when Telegram would take it. */
  static List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    if (html.length() > MAX_LENGTH) {
      problems.add("longer than " + MAX_LENGTH + ": " + html.length());
    }
    if (hasLoneSurrogate(html)) {
      problems.add("lone surrogate");
    }
    Deque<String> open = new ArrayDeque<>();
    StringBuilder visible = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher tag = TAG.matcher(html).region(i, html.length());
        if (!tag.lookingAt()) {
          problems.add("raw < at " + i + ": " + around(html, i));
          i++;
          continue;
        }
        tag(tag, html, open, problems);
        i = tag.end();
      } else if (c == '&') {
        Matcher entity = ENTITY.matcher(html).region(i, html.length());
        if (!entity.lookingAt()) {
          problems.add("raw & at " + i + ": " + around(html, i));
          i++;
          continue;
        }
        visible.append('x');
        i = entity.end();
      } else {
        if (c == '>') {
          problems.add("raw > at " + i + ": " + around(html, i));
        }
        visible.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      problems.add("unclosed " + open);
    }
    if (visible.toString().isBlank()) {
      problems.add("no visible text");
    }
    return problems;
  }

  private static void tag(Matcher tag, String html, Deque<String> open, List<String> problems) {
    String name = tag.group(2);
    boolean closing = !tag.group(1).isEmpty();
    if (!TELEGRAM_TAGS.contains(name)) {
      problems.add("tag Telegram does not know: " + tag.group());
      return;
    }
    // The renderer folds a long answer's quotes into <blockquote expandable>.
    boolean folded = name.equals("blockquote") && !closing && tag.group(3).equals(" expandable");
    if (!RENDERER_TAGS.contains(name) || !(tag.group(3).isEmpty() || folded)) {
      problems.add("live tag the renderer never makes: " + tag.group());
    }
    if (!closing) {
      open.push(name);
      if (name.equals("b") && !html.startsWith("Sources</b>", tag.end())) {
        problems.add("<b> around something other than the Sources heading");
      }
    } else if (open.isEmpty() || !open.pop().equals(name)) {
      problems.add("unbalanced " + tag.group());
    }
  }

  static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static String around(String text, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(text.length(), at + 20);
    return "…" + text.substring(from, to).replace("\n", "⏎") + "…";
  }
}
