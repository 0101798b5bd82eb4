package dev.briefing.telegram.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ArticleRef;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

public class TelegramRendererTest {
  private static final Pattern TAG =
      Pattern.compile("</?([a-z]+)(?: href=\"https?://[^\"<>\\s]+\"| expandable)?>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt);");

  private final TelegramRenderer renderer = new TelegramRenderer();

  @Test
  void escapesMarkupInTheBodyAndInQuotedSentences() {
    Reply reply =
        new Reply(
            "The filing uses <b>bold</b> claims & more",
            List.of(new Citation("memo-7", 3, "It ended with </code> & <script>.")));

    String html = String.join("", renderer.render(reply));

    assertThat(html)
        .contains("The filing uses &lt;b&gt;bold&lt;/b&gt; claims &amp; more")
        .contains("<blockquote>[1] It ended with &lt;/code&gt; &amp; &lt;script&gt;.</blockquote>")
        .doesNotContain("<b>bold", "</code>", "<script>");
  }

  @Test
  void namesAnArticleOnceAndLinksEachMarkerToItsSentence() {
    Reply reply =
        new Reply(
                "The mayor (city):\nThe bridge opens in May. [1]\nTolls stay low. [2]",
                List.of(
                    new Citation("a1", 16, "The bridge opens in May."),
                    new Citation("a1", 17, "Tolls stay low.")))
            .withArticles(Map.of("a1", new ArticleRef("Bridge news", Optional.of("https://x/a"))));

    assertThat(renderer.render(reply))
        .containsExactly(
            "The mayor (city):\nThe bridge opens in May. [1]\nTolls stay low. [2]\n\n"
                + "<b>Sources</b>\n<a href=\"https://x/a\">Bridge news</a>: "
                + "<a href=\"https://x/a#:~:text=The%20bridge%20opens%20in%20May.\">[1]</a>"
                + " sentence 16 · "
                + "<a href=\"https://x/a#:~:text=Tolls%20stay%20low.\">[2]</a> sentence 17");
  }

  @Test
  void withoutALinkTheSourcesArePlainAndTwoArticlesGetALineEach() {
    Reply reply =
        new Reply(
                "First. [1]\nSecond. [2]\nThird. [3]",
                List.of(
                    new Citation("a", 1, "First."),
                    new Citation("b", 4, "Second."),
                    new Citation("a", 2, "Third.")))
            .withArticles(Map.of("a", new ArticleRef("Alpha", Optional.empty())));

    assertThat(renderer.render(reply))
        .containsExactly(
            "First. [1]\nSecond. [2]\nThird. [3]\n\n<b>Sources</b>\n"
                + "Alpha: [1] sentence 1 · [3] sentence 2\nb: [2] sentence 4");
  }

  @Test
  void aCitationWhoseMarkerIsNotInTheBodyKeepsItsQuote() {
    Reply reply =
        new Reply(
            "Two things were said. First. [1]",
            List.of(new Citation("a", 1, "First."), new Citation("a", 4, "Second.")));

    assertThat(renderer.render(reply))
        .containsExactly(
            "Two things were said. First. [1]\n\n<b>Sources</b>\n"
                + "a: [1] sentence 1 · [2] sentence 4\n<blockquote>[2] Second.</blockquote>");
  }

  @Test
  void aLongAnswerFoldsItsQuotesUnderTheHeading() {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder("The minister (foreign affairs):");
    for (int i = 1; i <= 5; i++) {
      String sentence = "Point number " + i + " was made & noted.";
      citations.add(new Citation("a", 10 + i, sentence));
      text.append('\n').append(sentence).append(" [").append(i).append(']');
    }

    List<String> html = renderer.render(new Reply(text.toString(), citations));

    assertThat(html).hasSize(1);
    assertThat(html.get(0))
        .startsWith(
            "The minister (foreign affairs):\n<blockquote expandable>Point number 1 was made"
                + " &amp; noted. [1]\nPoint number 2")
        .contains("noted. [5]</blockquote>\n\n<b>Sources</b>\na: [1] sentence 11 · ")
        .doesNotContain("<blockquote>");
    assertValidHtml(html.get(0));
  }

  @Test
  void aShortAnswerDoesNotFold() {
    Reply reply = new Reply("He said:\nNo. [1]", List.of(new Citation("a", 1, "No.")));

    assertThat(String.join("", renderer.render(reply))).doesNotContain("blockquote");
  }

  @Test
  void escapesHostileTitlesAndUrls() {
    Reply reply =
        new Reply("Yes. [1]", List.of(new Citation("a1", 2, "Yes.")))
            .withArticles(
                Map.of(
                    "a1",
                    new ArticleRef(
                        "<b>Bridge</b> & \"more\"",
                        Optional.of("https://n.example/b?q=\"><script>&x=1|2"))));

    String html = String.join("", renderer.render(reply));

    assertThat(html)
        .contains(
            "<a href=\"https://n.example/b?q=%22%3E%3Cscript%3E&amp;x=1%7C2\">"
                + "&lt;b&gt;Bridge&lt;/b&gt; &amp; \"more\"</a>: ")
        .contains("<a href=\"https://n.example/b?q=%22%3E%3Cscript%3E&amp;x=1%7C2#:~:text=Yes.\">")
        .doesNotContain("<b>Bridge", "<script>");
    assertValidHtml(html);
  }

  @Test
  void manyCitationsSplitIntoValidMessagesBetweenSourceItems() {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder("Quotes:");
    for (int i = 1; i <= 40; i++) {
      String sentence = "Claim " + i + " <is> long enough to need a few words & more.";
      citations.add(new Citation("a" + (i % 3), i, sentence));
      text.append('\n').append(sentence).append(" [").append(i).append(']');
    }
    Map<String, ArticleRef> articles =
        Map.of(
            "a0", new ArticleRef("Zero <0>", Optional.of("https://x.example/0")),
            "a1", new ArticleRef("One & one", Optional.of("https://x.example/1#top")),
            "a2", new ArticleRef("Two", Optional.empty()));

    List<String> chunks =
        new TelegramRenderer(300).render(new Reply(text.toString(), citations, articles));

    assertThat(chunks).hasSizeGreaterThan(5);
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(300));
    chunks.forEach(TelegramRendererTest::assertValidHtml);
    String all = String.join("\n", chunks);
    assertThat(all.split("Zero &lt;0&gt;</a>:", -1)).hasSize(2);
    for (int i = 1; i <= 40; i++) {
      String marker = i % 3 == 2 ? "[" + i + "]" : "[" + i + "]</a>";
      assertThat(all).contains(marker + " sentence " + i);
    }
  }

  @Test
  void aTitleOrLinkTooLongForAMessageFallsBackToPlainText() {
    String url = "https://x.example/" + "p".repeat(200);
    Reply reply =
        new Reply("Yes. [1]", List.of(new Citation("a", 3, "Yes.")))
            .withArticles(Map.of("a", new ArticleRef("T".repeat(150), Optional.of(url))));

    List<String> chunks = new TelegramRenderer(100).render(reply);

    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(100));
    chunks.forEach(TelegramRendererTest::assertValidHtml);
    assertThat(String.join("\n", chunks)).contains("…:").endsWith("[1] sentence 3");
  }

  @Test
  void rendersNothingForAnEmptyReply() {
    assertThat(renderer.render(Reply.text("  "))).isEmpty();
  }

  @Test
  void splitsALongAnswerIntoValidChunksThatKeepEveryWord() {
    String text = longText(10_000);

    List<String> chunks = renderer.render(Reply.text(text));

    assertThat(chunks).hasSizeGreaterThan(2);
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(4096));
    chunks.forEach(TelegramRendererTest::assertValidHtml);
    assertThat(words(unescape(String.join(" ", chunks)))).isEqualTo(words(text));
  }

  @Test
  void splitsAtSentenceEndsWhenAParagraphIsTooLong() {
    String sentence = "This sentence has some words & ends here. ";
    String text = sentence.repeat(10).strip();

    List<String> chunks = new TelegramRenderer(100).render(Reply.text(text));

    chunks.forEach(chunk -> assertThat(chunk).endsWith("ends here."));
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void neverCutsInsideAnEntity() {
    String text = "&".repeat(300);

    List<String> chunks = new TelegramRenderer(100).render(Reply.text(text));

    chunks.forEach(chunk -> assertThat(chunk).matches("(&amp;)+"));
    assertThat(unescape(String.join("", chunks))).isEqualTo(text);
  }

  @Test
  void closesAndReopensAQuoteSplitAcrossMessages() {
    String quote = "A long quoted sentence goes on. ".repeat(20).strip();
    Reply reply = new Reply("Short.", List.of(new Citation("a", 1, quote)));
    // The body does not quote the sentence, so the sources quote it.

    List<String> chunks = new TelegramRenderer(120).render(reply);

    chunks.forEach(TelegramRendererTest::assertValidHtml);
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(120));
    assertThat(chunks.stream().filter(c -> c.contains("<blockquote>")).count()).isGreaterThan(1);
    assertThat(unescape(String.join(" ", chunks))).contains("[1] " + quote.substring(0, 20));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "😀".repeat(100);

    List<String> chunks = new TelegramRenderer(64).render(Reply.text(text));

    chunks.forEach(
        chunk -> assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))).isFalse());
    assertThat(String.join("", chunks)).isEqualTo(text);
  }

  public static String longText(int length) {
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < length) {
      text.append("Sentence ").append(++n).append(" says <b>that</b> costs rose & fell. ");
      if (n % 25 == 0) {
        text.append("\n\n");
      }
    }
    return text.toString().strip();
  }

  public static void assertValidHtml(String chunk) {
    List<String> open = new ArrayList<>();
    Matcher tag = TAG.matcher(chunk);
    while (tag.find()) {
      if (tag.group().startsWith("</")) {
        assertThat(open).isNotEmpty();
        assertThat(open.remove(open.size() - 1)).isEqualTo(tag.group(1));
      } else {
        open.add(tag.group(1));
      }
    }
    assertThat(open).as("unclosed tags in %s", chunk).isEmpty();
    String withoutTags = TAG.matcher(chunk).replaceAll("");
    assertThat(ENTITY.matcher(withoutTags).replaceAll("")).doesNotContain("&", "<", ">");
  }

  public static String unescape(String html) {
    return TAG.matcher(html)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
