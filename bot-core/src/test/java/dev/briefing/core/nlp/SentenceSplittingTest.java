package dev.briefing.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplittingTest {
  private static List<String> sentences(String paragraph) {
    Article a = SharedCore.article("t.txt", "Title\n\n" + paragraph);
    return a.sentences().stream().skip(1).map(Sentence::text).toList();
  }

  @Test
  void keepsAbbreviationsAmountsAndDatesInsideSentences() {
    assertThat(
            sentences(
                "Acme Inc. will spend $1.5 billion on a U.S. plant, Dr. Jane Roe said on Feb. 12."
                    + " Net profit rose to $1.84 a share, up 3.5% from a year earlier."))
        .containsExactly(
            "Acme Inc. will spend $1.5 billion on a U.S. plant, Dr. Jane Roe said on Feb. 12.",
            "Net profit rose to $1.84 a share, up 3.5% from a year earlier.");
  }

  @Test
  void endsSentenceAfterUsWhenTheNextOneStarts() {
    assertThat(sentences("Sales fell in the U.S. The company blamed the weather."))
        .containsExactly("Sales fell in the U.S.", "The company blamed the weather.");
  }

  @Test
  void keepsClosingQuoteWithItsSentenceAcrossAMultiSentenceQuote() {
    assertThat(sentences("\u201cWe will not close. We will fight,\u201d she said. Then she left."))
        .containsExactly(
            "\u201cWe will not close.", "We will fight,\u201d she said.", "Then she left.");
  }

  @Test
  void keepsAMiddleInitialInsideItsName() {
    assertThat(
            sentences(
                "\u201cWe will win,\u201d said Paul R. Pillar, a former analyst. John F. Kerry"
                    + " arrived on Monday."))
        .containsExactly(
            "\u201cWe will win,\u201d said Paul R. Pillar, a former analyst.",
            "John F. Kerry arrived on Monday.");
  }

  @Test
  void stillEndsASentenceAfterAnAbbreviationThatIsNoInitial() {
    assertThat(sentences("He moved to the U.K. Then he left."))
        .containsExactly("He moved to the U.K.", "Then he left.");
  }

  @Test
  void titleIsSentenceOneAndNumbersFollowReadingOrder() {
    Article a =
        SharedCore.article("t.txt", "Headline Here\n\nFirst one. Second one.\n\nThird one.");
    assertThat(a.sentences())
        .extracting(Sentence::number, Sentence::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Headline Here"),
            org.assertj.core.groups.Tuple.tuple(2, "First one."),
            org.assertj.core.groups.Tuple.tuple(3, "Second one."),
            org.assertj.core.groups.Tuple.tuple(4, "Third one."));
  }
}
