package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an inline keyboard ({@code reply_markup}) as the Bot API takes it: an {@code
 * inline_keyboard} of rows, at most {@value #MAX_BUTTONS} buttons, each with a non-blank text and
 * {@code callback_data} of 1 to {@value #MAX_DATA_BYTES} bytes, no lone surrogate anywhere. A
 * keyboard that breaks these makes Telegram refuse the whole message.
 */
final class TelegramKeyboardValidator {
  static final int MAX_DATA_BYTES = 64;
  static final int MAX_BUTTONS = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TelegramKeyboardValidator() {}

  /** What is wrong with the keyboard; empty when Telegram would show it. */
  static List<String> problems(JsonNode markup) {
    List<String> problems = new ArrayList<>();
    JsonNode keyboard = parsed(markup, problems).path("inline_keyboard");
    if (!keyboard.isArray()) {
      problems.add("no inline_keyboard in " + markup);
      return problems;
    }
    int buttons = 0;
    for (JsonNode row : keyboard) {
      if (!row.isArray() || row.isEmpty()) {
        problems.add("a row that is not a list of buttons: " + row);
        continue;
      }
      for (JsonNode button : row) {
        buttons++;
        button(button, problems);
      }
    }
    if (buttons > MAX_BUTTONS) {
      problems.add(buttons + " buttons");
    }
    return problems;
  }

  private static void button(JsonNode button, List<String> problems) {
    String text = button.path("text").asText("");
    if (text.isBlank() || TelegramHtmlValidator.hasLoneSurrogate(text)) {
      problems.add("button text " + Json.quote(text));
    }
    String data = button.path("callback_data").asText("");
    int bytes = data.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > MAX_DATA_BYTES || TelegramHtmlValidator.hasLoneSurrogate(data)) {
      problems.add("callback_data of " + bytes + " bytes: " + Json.quote(data));
    }
  }

  // TelegramBots may send the markup as a JSON string inside the JSON body.
  private static JsonNode parsed(JsonNode markup, List<String> problems) {
    if (!markup.isTextual()) {
      return markup;
    }
    try {
      return JSON.readTree(markup.asText());
    } catch (IOException e) {
      problems.add("reply_markup is not JSON: " + e.getMessage());
      return JSON.createObjectNode();
    }
  }
}
