package dev.briefing.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void readsEntriesInFileOrderSkippingCommentsBlankLinesAndPadding() {
    Set<String> words = WordList.load("test-comments-and-blanks.txt");

    assertThat(words).containsExactly("sen.", "a.m.", "€", "co-founder");
  }

  @Test
  void keepsEntriesAsWritten() {
    assertThat(WordList.load("test-comments-and-blanks.txt")).doesNotContain("Sen.", "SEN.");
  }

  @Test
  void rejectsRepeatedEntryNamingFileLineAndEntry() {
    assertThatThrownBy(() -> WordList.load("test-duplicate-entry.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "dev/briefing/core/text/test-duplicate-entry.txt line 6:"
                + " duplicate entry \"judge\" (first on line 3)");
  }

  @Test
  void failsClearlyWhenFileIsMissing() {
    assertThatThrownBy(() -> WordList.load("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not found")
        .hasMessageContaining("dev/briefing/core/text/no-such-list.txt");
  }

  @Test
  void rejectsMalformedUtf8InsteadOfReplacingIt() {
    assertThatThrownBy(() -> WordList.load("test-malformed-utf8.txt"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("test-malformed-utf8.txt");
  }

  @Test
  void returnsUnmodifiableSet() {
    Set<String> words = WordList.load("test-comments-and-blanks.txt");

    assertThatThrownBy(() -> words.add("new")).isInstanceOf(UnsupportedOperationException.class);
  }
}
