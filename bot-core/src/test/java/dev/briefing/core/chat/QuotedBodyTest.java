package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.QuotedBody.Line;
import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedBodyTest {
  @Test
  void marksTheLinesThatCarryAMarkerOfTheReplysCitations() {
    Reply reply =
        new Reply(
            "Speaker (role):\nFirst. [1]\nSecond. [2]\n\nSee [9] and more.",
            List.of(new Citation("a", 1, "First."), new Citation("a", 2, "Second.")));

    QuotedBody body = QuotedBody.of(reply);

    assertThat(body.paragraphs())
        .containsExactly(
            List.of(
                new Line("Speaker (role):", false),
                new Line("First. [1]", true),
                new Line("Second. [2]", true)),
            List.of(new Line("See [9] and more.", false)));
    assertThat(body.folds()).isFalse();
    assertThat(body.paragraphTexts())
        .containsExactly("Speaker (role):\nFirst. [1]\nSecond. [2]", "See [9] and more.");
  }

  @Test
  void foldsWhenItQuotesManyLines() {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder("Speaker:");
    for (int i = 1; i <= QuotedBody.FOLD_QUOTES + 1; i++) {
      citations.add(new Citation("a", i, "S" + i + "."));
      text.append("\nS").append(i).append(". [").append(i).append("]");
    }

    assertThat(QuotedBody.of(new Reply(text.toString(), citations)).folds()).isTrue();
    assertThat(QuotedBody.of(new Reply(text.toString(), citations.subList(0, 4))).folds())
        .isFalse();
  }

  @Test
  void foldsWhenALongBodyQuotes() {
    String sentence = "word ".repeat(QuotedBody.FOLD_CHARS / 5 + 1).strip();
    Reply reply = new Reply(sentence + " [1]", List.of(new Citation("a", 1, sentence)));

    assertThat(QuotedBody.of(reply).folds()).isTrue();
  }

  @Test
  void aLongBodyThatQuotesNothingNeverFolds() {
    String help = "word ".repeat(QuotedBody.FOLD_CHARS);

    assertThat(QuotedBody.of(Reply.text(help)).folds()).isFalse();
  }
}
