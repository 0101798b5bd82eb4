package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.briefing.slack.inbound.ButtonPress.Surface;
import dev.briefing.slack.testing.BlockActions;
import dev.briefing.slack.testing.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonPressTest {
  private static final String URL = "https://hooks.slack.com/actions/T0TEAM/1/abc";

  @Test
  void aPressInAChannelThreadIsTheChannelAndThreadOfThePressedMessageFromThePresser() {
    JsonObject json = inChannel("/articles 2");
    json.getAsJsonObject("container").addProperty("thread_ts", "1700000000.000100");

    ButtonPress press = ButtonPress.of(payload(json)).orElseThrow();

    assertThat(press.message().chat().chatId()).isEqualTo("C0NEWS");
    assertThat(press.message().chat().threadId()).contains("1700000000.000100");
    assertThat(press.message().userId()).isEqualTo("U0BOB");
    assertThat(press.message().text()).isEqualTo("/articles 2");
    assertThat(press.surface()).isEqualTo(Surface.MESSAGE);
    assertThat(press.messageTs()).isEqualTo("1700000400.000800");
    assertThat(press.responseUrl()).isEqualTo(URL);
  }

  @Test
  void aPressInAnEphemeralMessageIsAnsweredPrivately() {
    JsonObject json = inChannel("/articles 2");
    json.getAsJsonObject("container").addProperty("is_ephemeral", true);

    assertThat(ButtonPress.of(payload(json)).orElseThrow().surface()).isEqualTo(Surface.EPHEMERAL);
  }

  @Test
  void aPressOnTheAppHomeActsOnTheDirectMessageKeptInTheView() {
    JsonObject json =
        BlockActions.onHome("U0ALICE", "briefing:0:1", "/unsubscribe 3", "1.2.3", "D0ALICE");

    ButtonPress press = ButtonPress.of(payload(json)).orElseThrow();

    assertThat(press.surface()).isEqualTo(Surface.HOME);
    assertThat(press.message().chat().chatId()).isEqualTo("D0ALICE");
    assertThat(press.message().chat().threadId()).isEmpty();
    assertThat(press.message().text()).isEqualTo("/unsubscribe 3");
  }

  @Test
  void aPayloadWithoutWhatOurButtonsCarryIsNoPress() {
    JsonObject noUser = inChannel("/articles 2");
    noUser.remove("user");
    JsonObject noValue = inChannel("/articles 2");
    noValue.getAsJsonArray("actions").get(0).getAsJsonObject().remove("value");
    JsonObject twoActions = inChannel("/articles 2");
    twoActions.getAsJsonArray("actions").add(twoActions.getAsJsonArray("actions").get(0));
    JsonObject noMessage = inChannel("/articles 2");
    noMessage.getAsJsonObject("container").remove("message_ts");
    JsonObject homeWithoutChat =
        BlockActions.onHome("U0ALICE", "briefing:0:0", "/pause 3", "1.2.3", null);

    for (JsonObject json :
        new JsonObject[] {noUser, noValue, twoActions, noMessage, homeWithoutChat}) {
      assertThat(ButtonPress.of(payload(json))).as(json.toString()).isEqualTo(Optional.empty());
    }
    assertThat(ButtonPress.of(payload(inChannel("/x" + "y".repeat(ButtonPress.MAX_VALUE)))))
        .isEmpty();
  }

  private static JsonObject inChannel(String value) {
    return BlockActions.inChannel(
        "C0NEWS", "1700000400.000800", "U0BOB", "briefing:0:1", value, "1.2.3", URL);
  }

  private static BlockActionPayload payload(JsonObject json) {
    return Fixtures.GSON.fromJson(json, BlockActionPayload.class);
  }
}
