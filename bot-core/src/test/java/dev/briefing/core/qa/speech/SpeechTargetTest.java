package dev.briefing.core.qa.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.qa.IndexedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words name a speech source in the text, and where a sentence writes them. */
class SpeechTargetTest {
  private static final String KERRY_SHORT =
      "Kerry Urges Patience on Ceasefire Talks\n\n"
          + "The talks in Geneva will resume on Monday after a two-day pause. \"We are closer than"
          + " we have been in months,\" Kerry told reporters. Kerry said both sides had agreed to"
          + " exchange prisoners.";

  /** A sentence of whitespace-separated tokens; phrases reads only the tokens' text. */
  private static TaggedSentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String t : text.split(" ")) {
      tokens.add(new Token(t, "X", t.toLowerCase(java.util.Locale.ROOT), at, at + t.length()));
      at += t.length() + 1;
    }
    return new TaggedSentence(text, tokens);
  }

  private static IndexedArticle analyzed(String text) {
    return (IndexedArticle) SharedCore.analyzed(text);
  }

  @Test
  void matchesADescriptivePhraseWordByWordPastWordsWithoutIdentity() {
    TaggedSentence s = sentence("Federal and state officials said the levee would hold .");

    assertThat(SpeechTarget.phrases(s, List.of("federal", "state", "official")))
        .containsExactly(new int[] {0, 4});
  }

  @Test
  void doesNotMatchTheWordsInAnotherOrderOrWithAnotherWordBetween() {
    TaggedSentence s = sentence("State and federal officials met city officials .");

    assertThat(SpeechTarget.phrases(s, List.of("federal", "state", "official"))).isEmpty();
    assertThat(SpeechTarget.phrases(s, List.of("state", "official"))).isEmpty();
  }

  @Test
  void findsEveryPlaceTheSentenceWritesTheWords() {
    TaggedSentence s = sentence("Analysts said more analysts would follow .");

    assertThat(SpeechTarget.phrases(s, List.of("analyst")))
        .containsExactly(new int[] {0, 1}, new int[] {3, 4});
  }

  @Test
  void fallsBackToTheCapitalizedEndOfAFullNameTheArticleWritesShorter() {
    SpeechTarget target =
        SpeechTarget.of(analyzed(KERRY_SHORT), "Secretary of State John F. Kerry");

    assertThat(target.words()).containsExactly("kerry");
  }

  @Test
  void keepsEveryWordOfANameTheArticleWritesInFull() {
    String text =
        "Mill Faces Demolition\n\nHistorian Ann Porter visited the mill on Sunday. \"It is the"
            + " last of its kind,\" Porter said.";

    SpeechTarget target = SpeechTarget.of(analyzed(text), "Ann Porter");

    assertThat(target.words()).containsExactly("ann", "porter");
  }

  @Test
  void doesNotShortenALowercaseRoleToItsLastWords() {
    String text =
        "Turnout Rises in Local Elections\n\nTurnout rose to 61 percent on Sunday. The election"
            + " commission said counting would finish by Tuesday.";

    SpeechTarget target = SpeechTarget.of(analyzed(text), "the state election commission");

    assertThat(target.words()).containsExactly("state", "election", "commission");
  }
}
