package dev.briefing.slack.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.testing.BlockKitJson;
import dev.briefing.slack.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackButtonsTest {
  private final SlackRenderer renderer = new SlackRenderer();

  @Test
  void eachRowIsAnActionsBlockWhoseButtonsCarryTheirCommandAndAUniqueActionId() {
    List<List<Button>> rows =
        List.of(
            List.of(new Button("◀", "/articles 1"), new Button("▶", "/articles 3")),
            List.of(new Button("Summary", "/summary harbour-report")));

    JsonArray blocks = Fixtures.GSON.toJsonTree(SlackButtons.blocks(rows)).getAsJsonArray();

    assertThat(blocks).hasSize(2);
    assertThat(BlockKitJson.type(blocks.get(0))).isEqualTo("actions");
    List<String> ids = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (JsonElement block : blocks) {
      for (JsonElement element : block.getAsJsonObject().getAsJsonArray("elements")) {
        JsonObject button = element.getAsJsonObject();
        assertThat(button.get("type").getAsString()).isEqualTo("button");
        ids.add(button.get("action_id").getAsString());
        values.add(button.get("value").getAsString());
      }
    }
    assertThat(ids).containsExactly("briefing:0:0", "briefing:0:1", "briefing:1:0");
    assertThat(ids).allMatch(id -> SlackButtons.ACTION.matcher(id).matches());
    assertThat(values).containsExactly("/articles 1", "/articles 3", "/summary harbour-report");
  }

  @Test
  void aRowKeepsAtMostTwentyFiveButtonsAndLongLabelsAreShortened() {
    List<Button> row =
        IntStream.range(0, 30).mapToObj(i -> new Button("x".repeat(90), "/articles " + i)).toList();

    JsonObject block =
        Fixtures.GSON.toJsonTree(SlackButtons.blocks(List.of(row)).get(0)).getAsJsonObject();

    JsonArray elements = block.getAsJsonArray("elements");
    assertThat(elements).hasSize(SlackButtons.MAX_ELEMENTS);
    String label =
        elements.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
    assertThat(label).hasSize(75).endsWith("…");
  }

  @Test
  void buttonsGoUnderTheLastMessageOrInOneOfTheirOwnWhenItIsFull() {
    List<SlackMessage> short_ = renderer.render(Reply.text("One page."));
    List<SlackMessage> withButtons =
        SlackButtons.attach(
            short_, SlackButtons.blocks(List.of(List.of(new Button("▶", "/articles 2")))));
    assertThat(withButtons).hasSize(1);
    assertThat(withButtons.get(0).blocks()).hasSize(2);

    SlackMessage full =
        new SlackMessage(
            "full",
            IntStream.range(0, SlackRenderer.MAX_BLOCKS)
                .mapToObj(i -> renderer.render(Reply.text("p" + i)).get(0).blocks().get(0))
                .toList());
    List<SlackMessage> overflow =
        SlackButtons.attach(
            List.of(full), SlackButtons.blocks(List.of(List.of(new Button("▶", "/articles 2")))));
    assertThat(overflow).hasSize(2);
    assertThat(overflow.get(1).blocks()).hasSize(1);
  }

  @Test
  void theShareButtonCarriesItsToken() {
    JsonObject block = Fixtures.GSON.toJsonTree(SlackButtons.share("tok3n")).getAsJsonObject();

    JsonObject button = block.getAsJsonArray("elements").get(0).getAsJsonObject();
    assertThat(button.get("action_id").getAsString()).isEqualTo(SlackButtons.SHARE);
    assertThat(button.get("value").getAsString()).isEqualTo("tok3n");
    assertThat(button.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Share in channel");
  }
}
