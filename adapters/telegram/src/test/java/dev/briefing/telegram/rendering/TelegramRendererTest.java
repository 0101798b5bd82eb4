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
  private static final Pattern TAG = Pattern.compile("</?([a-z]+)>");
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
        .contains("<blockquote>It ended with &lt;/code&gt; &amp; &lt;script&gt;.</blockquote>")
        .doesNotContain("<b>bold", "</code>", "<script>");
  }

  @Test
  void listsCitationsAsNumberedSourcesWithQuotes() {
    Reply reply =
        new Reply(
            "Two things were said.",
            List.of(new Citation("a", 1, "First."), new Citation("b", 4, "Second.")));

    assertThat(renderer.render(reply))
        .containsExactly(
            "Two things were said.\n\n<b>Sources</b>\n1. a, sentence 1\n"
                + "<blockquote>First.</blockquote>\n2. b, sentence 4\n"
                + "<blockquote>Second.</blockquote>");
  }

  @Test
  void namesEachCitedArticleByHeadlineAndLinkEscaped() {
    Reply reply =
        new Reply("It opened.", List.of(new Citation("a1", 2, "It opened.")))
            .withArticles(
                Map.of(
                    "a1",
                    new ArticleRef("Bridge <reopens> & more", Optional.of("https://n.example/b"))));

    assertThat(String.join("", renderer.render(reply)))
        .contains("1. Bridge &lt;reopens&gt; &amp; more (https://n.example/b), sentence 2\n");
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

    List<String> chunks = new TelegramRenderer(120).render(reply);

    chunks.forEach(TelegramRendererTest::assertValidHtml);
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(120));
    assertThat(chunks.stream().filter(c -> c.contains("<blockquote>")).count()).isGreaterThan(1);
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
