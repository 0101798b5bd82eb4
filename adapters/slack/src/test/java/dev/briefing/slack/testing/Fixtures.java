package dev.briefing.slack.testing;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Recorded Events API payloads from {@code src/test/resources/fixtures}, and long texts made up of
 * numbered sentences.
 */
public final class Fixtures {
  /** Slack's own JSON mapping (snake case), as Bolt reads and writes payloads. */
  public static final Gson GSON = GsonFactory.createSnakeCase();

  private Fixtures() {}

  /** The whole event_callback body, as Slack posts it. */
  public static String json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture's {@code event} as Bolt's model class. */
  public static <T> T event(String name, Class<T> type) {
    JsonObject body = GSON.fromJson(json(name), JsonObject.class);
    return GSON.fromJson(body.get("event"), type);
  }

  /**
   * Numbered sentences ("Sentence number 1. Sentence number 2. ...") of at least {@code length}.
   */
  public static String longText(int length) {
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < length) {
      text.append(text.length() == 0 ? "" : " ").append("Sentence number ").append(++n).append('.');
    }
    return text.toString();
  }
}
