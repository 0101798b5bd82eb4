package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a chat.postMessage (its fallback {@code text} and every mrkdwn text in its blocks) as
 * Slack reads it: {@code &}, {@code <} and {@code >} escaped except in the bot's own links ({@code
 * <https://…|label>}); never a special mention ({@code <!channel>}, {@code <!here>}, {@code
 * <!everyone>}, {@code <!subteam^…>}), a user or channel mention ({@code <@U…>}, {@code <#C…>}) or
 * a link to anything but http(s); the only entities {@code &amp;}, {@code &lt;}, {@code &gt;}; no
 * lone surrogate; within Slack's limits: 40,000 characters of text (Slack truncates beyond), 50
 * blocks, 3,000 characters a section, 10 elements a context block; buttons ({@code actions} blocks)
 * at most 25 a block, each with a plain-text label of 1 to 75 characters, a value of at most 2,000
 * characters and an action id unique in the message.
 */
final class SlackMessageValidator {
  static final int MAX_TEXT = 40_000;
  static final int MAX_BLOCKS = 50;
  static final int MAX_VIEW_BLOCKS = 100;
  static final int MAX_SECTION = 3000;
  static final int MAX_CONTEXT_ELEMENTS = 10;
  static final int MAX_ACTIONS = 25;
  static final int MAX_LABEL = 75;
  static final int MAX_VALUE = 2000;
  static final int MAX_ID = 255;

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
    blocks(blocks, MAX_BLOCKS, problems);
    return problems;
  }

  /** What is wrong with an App Home view's blocks (a view takes up to 100). */
  static List<String> viewProblems(JsonNode blocks) {
    List<String> problems = new ArrayList<>();
    blocks(blocks, MAX_VIEW_BLOCKS, problems);
    return problems;
  }

  private static void blocks(JsonNode blocks, int max, List<String> problems) {
    if (blocks == null || blocks.isNull() || blocks.isMissingNode()) {
      return;
    }
    if (blocks.size() > max) {
      problems.add(blocks.size() + " blocks");
    }
    Set<String> actionIds = new HashSet<>();
    for (JsonNode block : blocks) {
      block(block, actionIds, problems);
    }
  }

  private static void block(JsonNode block, Set<String> actionIds, List<String> problems) {
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
    } else if (type.equals("actions")) {
      actions(block, actionIds, problems);
    } else if (!type.equals("divider") && !type.equals("header")) {
      problems.add("unexpected block type " + type);
    }
  }

  private static void actions(JsonNode block, Set<String> actionIds, List<String> problems) {
    JsonNode elements = block.path("elements");
    if (elements.isEmpty() || elements.size() > MAX_ACTIONS) {
      problems.add("actions block with " + elements.size() + " elements");
    }
    if (block.path("block_id").asText().length() > MAX_ID) {
      problems.add("block_id longer than " + MAX_ID);
    }
    for (JsonNode button : elements) {
      String label = button.path("text").path("text").asText();
      if (!button.path("type").asText().equals("button")
          || !button.path("text").path("type").asText().equals("plain_text")
          || label.isBlank()
          || label.length() > MAX_LABEL
          || TelegramHtmlValidator.hasLoneSurrogate(label)) {
        problems.add("button " + Json.quote(button.toString()));
      }
      String value = button.path("value").asText();
      if (value.length() > MAX_VALUE || TelegramHtmlValidator.hasLoneSurrogate(value)) {
        problems.add("button value of " + value.length() + " chars");
      }
      String actionId = button.path("action_id").asText();
      if (actionId.isBlank() || actionId.length() > MAX_ID || !actionIds.add(actionId)) {
        problems.add("action_id missing, too long or repeated: " + Json.quote(actionId));
      }
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
