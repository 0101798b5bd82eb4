package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a chat.postMessage (its fallback {@code text} and every mrkdwn text in its blocks) as
 * Slack reads it: {@code &}, {@code <} and {@code >} escaped except in the bot's own links ({@code
 * <https://…|label>}); never a special mention ({@code <!channel>}, {@code <!here>}, {@code
 * <!everyone>}, {@code <!subteam^…>}), a user or channel mention ({@code <@U…>}, {@code <#C…>}) or
 * a link to anything but http(s); the only entities {@code &amp;}, {@code &lt;}, {@code &gt;}; no
 * lone surrogate; within Slack's limits: 40,000 characters of text (Slack truncates beyond), 50
 * blocks, 3,000 characters a section, 10 elements a context block.
 */
final class SlackMessageValidator {
  static final int MAX_TEXT = 40_000;
  static final int MAX_BLOCKS = 50;
  static final int MAX_SECTION = 3000;
  static final int MAX_CONTEXT_ELEMENTS = 10;

  private static final Pattern OWN_LINK = Pattern.compile("<https?://[^<>|\\s]+(?:\\|[^<>]*)?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt);");

  private SlackMessageValidator() {}

  /** What is wrong with the message; empty when Slack would show it as the bot meant. */
  static List<String> problems(String text, JsonNode blocks) {
    List<String> problems = new ArrayList<>();
    if (text == null || text.isBlank()) {
      problems.add("blank fallback text");
    } else {
      mrkdwn("text", text, problems);
    }
    if (text != null && text.length() > MAX_TEXT) {
      problems.add("text longer than " + MAX_TEXT + ": " + text.length());
    }
    if (blocks == null || blocks.isNull() || blocks.isMissingNode()) {
      return problems;
    }
    if (blocks.size() > MAX_BLOCKS) {
      problems.add(blocks.size() + " blocks");
    }
    for (JsonNode block : blocks) {
      block(block, problems);
    }
    return problems;
  }

  private static void block(JsonNode block, List<String> problems) {
    String type = block.path("type").asText();
    if (type.equals("section")) {
      String section = block.path("text").path("text").asText();
      if (section.length() > MAX_SECTION) {
        problems.add("section longer than " + MAX_SECTION + ": " + section.length());
      }
      mrkdwn("section", section, problems);
    } else if (type.equals("context")) {
      JsonNode elements = block.path("elements");
      if (elements.size() > MAX_CONTEXT_ELEMENTS) {
        problems.add("context block with " + elements.size() + " elements");
      }
      for (JsonNode element : elements) {
        String text = element.path("text").asText();
        if (text.length() > MAX_SECTION) {
          problems.add("context text longer than " + MAX_SECTION);
        }
        mrkdwn("context", text, problems);
      }
    } else if (!type.equals("divider") && !type.equals("header")) {
      problems.add("unexpected block type " + type);
    }
  }

  private static void mrkdwn(String where, String text, List<String> problems) {
    if (TelegramHtmlValidator.hasLoneSurrogate(text)) {
      problems.add(where + ": lone surrogate");
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        Matcher link = OWN_LINK.matcher(text).region(i, text.length());
        if (!link.lookingAt()) {
          problems.add(where + ": live markup " + around(text, i));
          i++;
          continue;
        }
        i = link.end();
      } else if (c == '&') {
        if (!ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
          problems.add(where + ": raw & " + around(text, i));
        }
        i++;
      } else {
        if (c == '>') {
          problems.add(where + ": raw > " + around(text, i));
        }
        i++;
      }
    }
  }

  private static String around(String text, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(text.length(), at + 20);
    return "…" + text.substring(from, to).replace("\n", "⏎") + "…";
  }
}
