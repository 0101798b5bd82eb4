package dev.briefing.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded Events API payloads from {@code src/test/resources/fixtures}. */
final class Fixtures {
  static final Gson GSON = GsonFactory.createSnakeCase();

  private Fixtures() {}

  /** The whole event_callback body, as Slack posts it. */
  static String json(String name) {
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
  static <T> T event(String name, Class<T> type) {
    JsonObject body = GSON.fromJson(json(name), JsonObject.class);
    return GSON.fromJson(body.get("event"), type);
  }
}
