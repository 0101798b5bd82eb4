package dev.briefing.slack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.briefing.slack.rendering.SlackMessage;
import java.util.ArrayList;
import java.util.List;

/** Reads rendered Block Kit as Slack receives it: the blocks' JSON, their types and texts. */
public final class BlockKitJson {
  private BlockKitJson() {}

  /** The message's blocks as JSON. */
  public static JsonArray blocks(SlackMessage message) {
    return Fixtures.GSON.toJsonTree(message.blocks()).getAsJsonArray();
  }

  /** A block's {@code type}: section, context... */
  public static String type(JsonElement block) {
    return block.getAsJsonObject().get("type").getAsString();
  }

  /** A section's text, which must be mrkdwn. */
  public static String sectionText(JsonElement block) {
    JsonObject text = block.getAsJsonObject().getAsJsonObject("text");
    assertThat(text.get("type").getAsString()).isEqualTo("mrkdwn");
    return text.get("text").getAsString();
  }

  /** The texts of a context block's elements, in order. */
  public static List<String> contextTexts(JsonElement block) {
    List<String> texts = new ArrayList<>();
    for (JsonElement element : block.getAsJsonObject().getAsJsonArray("elements")) {
      texts.add(element.getAsJsonObject().get("text").getAsString());
    }
    return texts;
  }
}
