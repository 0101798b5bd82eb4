package dev.briefing.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultArticleReaderTest {
  private final ArticleReader reader = SharedCore.get().reader();

  @Test
  void readsPlainTextWithTitleAndJoinedLines() {
    Article a = reader.parse("story.txt", "Big Headline\n\nA first line\ncontinues here.\n\nNext.");
    assertThat(a.title()).isEqualTo("Big Headline");
    assertThat(a.sentence(2).text()).isEqualTo("A first line continues here.");
    assertThat(a.sentences()).hasSize(3);
  }

  @Test
  void extractsMainTextFromHtmlWithoutNavigationOrFooter() {
    String html =
        "<html><head><title>Site</title></head><body><nav><p>Home | World</p></nav>"
            + "<article><h1>Mayor Resigns</h1><p>The mayor resigned on Monday.</p>"
            + "<p>She cited health reasons.</p></article>"
            + "<footer><p>Copyright 2026</p></footer></body></html>";
    Article a = reader.parse("page.html", html);
    assertThat(a.title()).isEqualTo("Mayor Resigns");
    assertThat(a.sentences())
        .extracting(s -> s.text())
        .containsExactly(
            "Mayor Resigns", "The mayor resigned on Monday.", "She cited health reasons.");
  }

  @Test
  void readsMarkdownHeadingAsTitle() {
    Article a =
        reader.parse("note.md", "# Port Strike Ends\n\nDockers returned to *work* today.\n");
    assertThat(a.title()).isEqualTo("Port Strike Ends");
    assertThat(a.sentence(2).text()).isEqualTo("Dockers returned to work today.");
  }

  @Test
  void givesTheSameIdToTheSameContent() {
    String text = "Title\n\nBody sentence.";
    assertThat(reader.parse("a/x.txt", text).id()).isEqualTo(reader.parse("b/x.txt", text).id());
    assertThat(reader.parse("x.txt", text).id())
        .isNotEqualTo(reader.parse("x.txt", text + " More.").id());
  }

  @Test
  void rejectsMissingEmptyAndBinaryFilesWithAClearMessage(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path binary =
        Files.write(dir.resolve("data.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1});
    assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt")))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> reader.read(empty))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> reader.read(binary))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> reader.read(dir))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("directory");
  }

  @Test
  void dropsBylinesButKeepsSentencesThatStartWithBy() {
    Article a =
        reader.parse(
            "story.txt",
            "Markets Rally\n\nBy Jane Doe, Reuters\n\nBy the end of the day, markets had recovered.");
    assertThat(a.sentences())
        .extracting(s -> s.text())
        .containsExactly("Markets Rally", "By the end of the day, markets had recovered.");
  }
}
