package dev.briefing.slack.rendering;

import static dev.briefing.slack.testing.BlockKitJson.blocks;
import static dev.briefing.slack.testing.BlockKitJson.contextTexts;
import static dev.briefing.slack.testing.BlockKitJson.sectionText;
import static dev.briefing.slack.testing.BlockKitJson.type;
import static dev.briefing.slack.testing.Fixtures.longText;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.slack.api.model.block.LayoutBlock;
import dev.briefing.core.chat.ArticleRef;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.slack.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  private final SlackRenderer renderer = new SlackRenderer();

  @Test
  void namesEachCitedArticleByHeadlineAndLinkEscaped() {
    Reply reply =
        new Reply("It opened.", List.of(new Citation("a1", 2, "It opened.")))
            .withArticles(
                Map.of(
                    "a1",
                    new ArticleRef("Bridge <reopens> & more", Optional.of("https://n.example/b"))));

    assertThat(contextTexts(blocks(renderer.render(reply).get(0)).get(1)).get(0))
        .startsWith("*1.* Bridge &lt;reopens&gt; &amp; more (https://n.example/b), sentence 2");
  }

  @Test
  void rendersTheBodyAsASectionAndCitationsAsContext() {
    Reply reply =
        new Reply(
            "The harbour reopens in May.",
            List.of(new Citation("harbour-report", 3, "The harbour reopens in May, he said.")));

    List<SlackMessage> messages = renderer.render(reply);

    assertThat(messages).hasSize(1);
    JsonArray blocks = blocks(messages.get(0));
    assertThat(type(blocks.get(0))).isEqualTo("section");
    assertThat(sectionText(blocks.get(0))).isEqualTo("The harbour reopens in May.");
    assertThat(type(blocks.get(1))).isEqualTo("context");
    assertThat(contextTexts(blocks.get(1)))
        .containsExactly("*1.* harbour-report, sentence 3: “The harbour reopens in May, he said.”");
    assertThat(messages.get(0).text()).isEqualTo("The harbour reopens in May.");
  }

  @Test
  void escapesAmpersandAndAngleBracketsInAnswerAndArticleTextOnly() {
    Reply reply =
        new Reply(
            "Tell <!channel> & <@U0BOSS>: profits > costs \"now\"",
            List.of(new Citation("a&b", 1, "<https://evil.example|click> & more")));

    SlackMessage message = renderer.render(reply).get(0);

    assertThat(sectionText(blocks(message).get(0)))
        .isEqualTo("Tell &lt;!channel&gt; &amp; &lt;@U0BOSS&gt;: profits &gt; costs \"now\"");
    assertThat(contextTexts(blocks(message).get(1)).get(0))
        .isEqualTo("*1.* a&amp;b, sentence 1: “&lt;https://evil.example|click&gt; &amp; more”");
    assertThat(message.text()).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
  }

  @Test
  void splitsALongAnswerIntoSectionsWithinTheLimit() {
    String text = longText(7_000);

    List<SlackMessage> messages = renderer.render(Reply.text(text));

    assertThat(messages).hasSize(1);
    JsonArray blocks = blocks(messages.get(0));
    assertThat(blocks.size()).isEqualTo(3);
    StringBuilder joined = new StringBuilder();
    for (JsonElement block : blocks) {
      String section = sectionText(block);
      assertThat(section.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_TEXT);
      joined.append(joined.length() == 0 ? "" : " ").append(section);
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void escapingCountsTowardsTheSectionLimitAndNeverCutsAnEntity() {
    String text = "& ".repeat(2_000).strip();

    for (SlackMessage message : renderer.render(Reply.text(text))) {
      for (JsonElement block : blocks(message)) {
        String section = sectionText(block);
        assertThat(section.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_TEXT);
        assertThat(section.replace("&amp;", "")).doesNotContain("&");
      }
    }
  }

  @Test
  void veryLongAnswersBecomeSeveralMessagesWithTheSourcesAtTheEnd() {
    List<Citation> citations = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      citations.add(new Citation("report", i, "Sentence " + i + "."));
    }

    List<SlackMessage> messages = renderer.render(new Reply(longText(30_000), citations));

    assertThat(messages.size()).isGreaterThanOrEqualTo(3);
    for (SlackMessage message : messages) {
      assertThat(message.blocks().size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
      assertThat(message.text()).isNotBlank();
    }
    JsonArray last = blocks(messages.get(messages.size() - 1));
    assertThat(type(last.get(last.size() - 1))).isEqualTo("context");
    assertThat(contextTexts(last.get(last.size() - 2))).hasSize(10);
    assertThat(contextTexts(last.get(last.size() - 1))).hasSize(2);
  }

  @Test
  void aLongCitationIsShortenedWithAnEllipsis() {
    Reply reply = new Reply("Yes.", List.of(new Citation("report", 1, longText(5_000))));

    String cited = contextTexts(blocks(renderer.render(reply).get(0)).get(1)).get(0);

    assertThat(cited.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_TEXT);
    assertThat(cited).endsWith("…”");
  }

  @Test
  void homeTabShowsAHeadingAndTheEscapedHelp() {
    List<LayoutBlock> home = renderer.home("Type a question, or:\n/summary <n> — summarize");

    JsonArray blocks = Fixtures.GSON.toJsonTree(home).getAsJsonArray();
    assertThat(sectionText(blocks.get(0))).startsWith("*Briefing*");
    assertThat(sectionText(blocks.get(1)))
        .isEqualTo("Type a question, or:\n/summary &lt;n&gt; — summarize");
  }

  @Test
  void anEmptyReplyRendersNothing() {
    assertThat(renderer.render(Reply.text("  "))).isEmpty();
  }
}
