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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
  private final SlackRenderer renderer = new SlackRenderer();

  @Test
  void namesEachCitedArticleByHeadlineAndLinkEscaped() {
    Reply reply =
        new Reply("It opened. [1]", List.of(new Citation("a1", 2, "It opened.")))
            .withArticles(
                Map.of(
                    "a1",
                    new ArticleRef("Bridge <reopens> & more", Optional.of("https://n.example/b"))));

    assertThat(contextTexts(blocks(renderer.render(reply).get(0)).get(1)))
        .containsExactly(
            "*Sources*\n<https://n.example/b|Bridge &lt;reopens&gt; &amp; more>: "
                + "<https://n.example/b#:~:text=It%20opened.|[1]> sentence 2");
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
        .containsExactly(
            "*Sources*\nharbour-report: [1] sentence 3\n[1] “The harbour reopens in May, he said.”");
    assertThat(messages.get(0).text()).isEqualTo("The harbour reopens in May.");
  }

  @Test
  void namesAnArticleOnceAcrossItsCitationsAndTwoArticlesOnALineEach() {
    Reply reply =
        new Reply(
                "Ships return. [1]\nThe vote was close. [2]\nCranes move. [3]",
                List.of(
                    new Citation("h", 4, "Ships return."),
                    new Citation("b", 2, "The vote was close."),
                    new Citation("h", 9, "Cranes move.")))
            .withArticles(
                Map.of(
                    "h", new ArticleRef("Harbour", Optional.of("https://x.example/h")),
                    "b", new ArticleRef("Budget", Optional.empty())));

    JsonArray blocks = blocks(renderer.render(reply).get(0));

    assertThat(blocks.size()).isEqualTo(2);
    assertThat(contextTexts(blocks.get(1)))
        .containsExactly(
            "*Sources*\n<https://x.example/h|Harbour>: "
                + "<https://x.example/h#:~:text=Ships%20return.|[1]> sentence 4 · "
                + "<https://x.example/h#:~:text=Cranes%20move.|[3]> sentence 9\n"
                + "Budget: [2] sentence 2");
  }

  @Test
  void aCitationWhoseMarkerIsNotInTheBodyKeepsItsQuote() {
    Reply reply =
        new Reply(
            "Ships return. [1]",
            List.of(new Citation("h", 4, "Ships return."), new Citation("h", 5, "Cranes move.")));

    assertThat(contextTexts(blocks(renderer.render(reply).get(0)).get(1)))
        .containsExactly("*Sources*\nh: [1] sentence 4 · [2] sentence 5\n[2] “Cranes move.”");
  }

  @Test
  void aLongAnswerKeepsItsHeadingAndFirstQuoteInASectionAndFoldsTheRestIntoContext() {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder("The minister (foreign affairs):");
    for (int i = 1; i <= 5; i++) {
      String sentence =
          "Point number " + i + " was made, at length, & noted by all of those present.";
      citations.add(new Citation("a", 10 + i, sentence));
      text.append('\n').append(sentence).append(" [").append(i).append(']');
    }

    JsonArray blocks = blocks(renderer.render(new Reply(text.toString(), citations)).get(0));

    assertThat(type(blocks.get(0))).isEqualTo("section");
    String head = sectionText(blocks.get(0));
    assertThat(head).startsWith("The minister (foreign affairs):\nPoint number 1 was made");
    assertThat(head.length()).isLessThanOrEqualTo(SlackRenderer.HEAD_CHARS + 40);
    assertThat(type(blocks.get(1))).isEqualTo("context");
    String folded = contextTexts(blocks.get(1)).get(0);
    assertThat(folded).endsWith("present. [5]").doesNotContain("Point number 1 ");
    assertThat(words(head + " " + folded)).isEqualTo(words(SlackRenderer.escape(text.toString())));
    assertThat(contextTexts(blocks.get(2)).get(0)).startsWith("*Sources*\na: [1] sentence 11");
  }

  @Test
  void aShortAnswerOrOneThatQuotesNothingStaysInSections() {
    Reply reply = new Reply("He said:\nNo. [1]", List.of(new Citation("a", 1, "No.")));

    assertThat(sectionText(blocks(renderer.render(reply).get(0)).get(0)))
        .isEqualTo("He said:\nNo. [1]");
    for (JsonElement block : blocks(renderer.render(Reply.text(longText(2_000))).get(0))) {
      assertThat(type(block)).isEqualTo("section");
    }
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
        .isEqualTo(
            "*Sources*\na&amp;b: [1] sentence 1\n"
                + "[1] “&lt;https://evil.example|click&gt; &amp; more”");
    assertThat(message.text()).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
  }

  @Test
  void hostileTitlesCannotPingAndUrlsCannotBreakOutOfTheirLink() {
    Reply reply =
        new Reply("Yes. [1]", List.of(new Citation("a1", 2, "Yes.")))
            .withArticles(
                Map.of(
                    "a1",
                    new ArticleRef(
                        "<!channel> wins | <@U0BOSS>",
                        Optional.of("https://n.example/b?q=\"x\"&y=1|<!here> z"))));

    String sources = contextTexts(blocks(renderer.render(reply).get(0)).get(1)).get(0);

    assertThat(sources)
        .isEqualTo(
            "*Sources*\n<https://n.example/b?q=%22x%22&amp;y=1%7C%3C!here%3E%20z"
                + "|&lt;!channel&gt; wins | &lt;@U0BOSS&gt;>: "
                + "<https://n.example/b?q=%22x%22&amp;y=1%7C%3C!here%3E%20z#:~:text=Yes.|[1]>"
                + " sentence 2")
        .doesNotContain("<!channel>", "<!here>", "<@U0BOSS>");
  }

  @Test
  void manySourcesSplitIntoContextElementsWithinTheLimit() {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      String sentence = "Claim " + i + " was long enough to need several words here.";
      citations.add(new Citation("a" + (i % 4), i, sentence));
      text.append(sentence).append(" [").append(i).append("]\n");
    }
    Map<String, ArticleRef> articles = new HashMap<>();
    for (int a = 0; a < 4; a++) {
      articles.put("a" + a, new ArticleRef("Title " + a, Optional.of("https://x.example/" + a)));
    }

    List<SlackMessage> messages = renderer.render(new Reply(text.toString(), citations, articles));

    List<String> sources = new ArrayList<>();
    for (SlackMessage message : messages) {
      assertThat(message.blocks().size()).isLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
      for (JsonElement block : blocks(message)) {
        if (type(block).equals("context")) {
          contextTexts(block).forEach(t -> assertThat(t.length()).isLessThanOrEqualTo(3000));
          sources.addAll(contextTexts(block));
        }
      }
    }
    String all = String.join("\n", sources);
    assertThat(all.split("\\|Title 1>", -1)).hasSize(2);
    for (int i = 1; i <= 120; i++) {
      assertThat(all).contains("|[" + i + "]> sentence " + i);
    }
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
    assertThat(contextTexts(last.get(last.size() - 1)).get(0))
        .startsWith("*Sources*\nreport: [1] sentence 1 · [2] sentence 2")
        .endsWith("\n[12] “Sentence 12.”");
  }

  @Test
  void aLongCitationIsShortenedWithAnEllipsis() {
    Reply reply = new Reply("Yes.", List.of(new Citation("report", 1, longText(5_000))));

    JsonArray blocks = blocks(renderer.render(reply).get(0));
    String cited = contextTexts(blocks.get(blocks.size() - 1)).get(0);

    assertThat(cited.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_TEXT);
    assertThat(cited).startsWith("[1] “Sentence number 1.").endsWith("…”");
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

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
