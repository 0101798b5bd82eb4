package dev.briefing.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.telegram.inbound.BotIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Recorded-style Bot API JSON from src/test/resources/fixtures. */
public final class Fixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  public static final BotIdentity BOT = new BotIdentity(777000111L, "BriefingTestBot");

  private Fixtures() {}

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

  public static Update update(String name) {
    return parse(json(name));
  }

  public static Update parse(String updateJson) {
    try {
      return JSON.readValue(updateJson, Update.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
