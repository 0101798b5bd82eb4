package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
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
}
