package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The suites' reply validators pass what the renderers make and catch what they must not. */
class ValidatorsTest {
  private static final Reply HOSTILE =
      new Reply(
          "<b>x</b> & <!channel> <@U123> *bold* &amp; </code>",
          List.of(new Citation("a<script>", 2, "He said <i>no</i> & left > <!here>.")));

  @Test
  void passesWhatTheRenderersMakeOfHostileText() throws Exception {
    for (String html : new TelegramRenderer().render(HOSTILE)) {
      assertThat(TelegramHtmlValidator.problems(html)).isEmpty();
    }
    ObjectMapper json = new ObjectMapper();
    for (var message : new SlackRenderer().render(HOSTILE)) {
      JsonNode blocks = json.readTree(json.writeValueAsString(message.blocks()));
      assertThat(SlackMessageValidator.problems(message.text(), blocks)).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>bold</b> by a user",
        "<script>alert(1)</script>",
        "<i>live</i>",
        "<a href=\"https://x.org\">x</a>",
        "a & b",
        "a > b",
        "a < b",
        "<blockquote>open",
        "</blockquote>",
        "&nbsp;",
        " ",
        "\ud800 lone"
      })
  void rejectsTelegramHtmlThatIsInvalidOrCarriesLiveUserMarkup(String html) {
    assertThat(TelegramHtmlValidator.problems(html)).isNotEmpty();
  }

  @Test
  void rejectsTelegramMessagesOverTheLimit() {
    assertThat(TelegramHtmlValidator.problems("x".repeat(4097))).isNotEmpty();
    assertThat(TelegramHtmlValidator.problems("x".repeat(4096))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!channel>",
        "<!here>",
        "<!everyone|everyone>",
        "<@U123>",
        "<#C123|general>",
        "<javascript:alert(1)|x>",
        "a & b",
        "&nbsp;",
        "a > b",
        "\udc00"
      })
  void rejectsSlackTextWithLiveMarkupOrRawCharacters(String text) {
    assertThat(SlackMessageValidator.problems(text, null)).isNotEmpty();
  }

  @Test
  void acceptsTheBotsOwnLinksAndEscapes() {
    assertThat(
            SlackMessageValidator.problems(
                "&lt;b&gt; &amp; <https://news.example.org/a|The article>", null))
        .isEmpty();
  }

  @Test
  void rejectsSlackMessagesOverTheLimits() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String section = "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}";
    JsonNode tooMany =
        json.readTree("[" + String.join(",", java.util.Collections.nCopies(51, section)) + "]");
    JsonNode tooLong =
        json.readTree(
            "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\""
                + "x".repeat(3001)
                + "\"}}]");

    assertThat(SlackMessageValidator.problems("x", tooMany)).isNotEmpty();
    assertThat(SlackMessageValidator.problems("x", tooLong)).isNotEmpty();
    assertThat(SlackMessageValidator.problems("x".repeat(40_001), null)).isNotEmpty();
  }

  @Test
  void passesTheButtonsTheSlackRendererMakes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<List<Button>> rows =
        List.of(
            List.of(new Button("Summary", "/summary a-1"), new Button("Ask", "/use 1")),
            List.of(new Button("Next page", "/articles 2")));
    // As the Web API client writes them: Gson, snake_case.
    String written = GsonFactory.createSnakeCase().toJson(SlackButtons.blocks(rows));
    JsonNode blocks = json.readTree(written);

    assertThat(SlackMessageValidator.problems("x", blocks)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"\"}}",
        "{\"type\":\"button\",\"action_id\":\"\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}",
        "{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}",
        "{\"type\":\"image\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}"
      })
  void rejectsSlackButtonsSlackWouldRefuse(String button) throws Exception {
    JsonNode blocks =
        new ObjectMapper().readTree("[{\"type\":\"actions\",\"elements\":[" + button + "]}]");

    assertThat(SlackMessageValidator.problems("x", blocks)).isNotEmpty();
  }

  @Test
  void rejectsARepeatedActionIdAndAValuePastSlacksLimit() throws Exception {
    String button =
        "{\"type\":\"button\",\"action_id\":\"a\",\"value\":\"%s\","
            + "\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}";
    ObjectMapper json = new ObjectMapper();
    JsonNode repeated =
        json.readTree(
            "[{\"type\":\"actions\",\"elements\":["
                + String.format(button, "v")
                + ","
                + String.format(button, "w")
                + "]}]");
    JsonNode tooLong =
        json.readTree(
            "[{\"type\":\"actions\",\"elements\":["
                + String.format(button, "v".repeat(2001))
                + "]}]");

    assertThat(SlackMessageValidator.problems("x", repeated)).isNotEmpty();
    assertThat(SlackMessageValidator.problems("x", tooLong)).isNotEmpty();
  }

  @Test
  void checksTelegramKeyboardsAsTheBotApiDoes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String keyboard = "{\"inline_keyboard\":[[{\"text\":\"%s\",\"callback_data\":\"%s\"}]]}";

    assertThat(
            TelegramKeyboardValidator.problems(
                json.readTree(String.format(keyboard, "Next", "/articles 2"))))
        .isEmpty();
    assertThat(
            TelegramKeyboardValidator.problems(
                json.getNodeFactory().textNode(String.format(keyboard, "Next", "/articles 2"))))
        .as("the markup as a JSON string")
        .isEmpty();
    assertThat(
            TelegramKeyboardValidator.problems(
                json.readTree(String.format(keyboard, "Next", "/summary " + "x".repeat(56)))))
        .as("65 bytes of data")
        .isNotEmpty();
    assertThat(
            TelegramKeyboardValidator.problems(json.readTree(String.format(keyboard, " ", "/a"))))
        .as("a blank label")
        .isNotEmpty();
    assertThat(TelegramKeyboardValidator.problems(json.readTree(String.format(keyboard, "x", ""))))
        .as("no data")
        .isNotEmpty();
  }
}
