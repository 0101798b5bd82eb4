package dev.briefing.core.qa.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.qa.IndexedArticle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link SpeechFeatures} reads around a source's name, on short texts that show one pattern
 * each. The engine is shared across the test classes of the JVM: its language models are slow to
 * load.
 */
class SpeechFeaturesTest {

  /** The analyzed article and the features of the sentences linked to {@code source}. */
  private record Linked(IndexedArticle article, Map<Integer, List<String>> features) {
    /** The number of the sentence that contains {@code words}. */
    int sentence(String words) {
      return article.article().sentences().stream()
          .filter(s -> s.text().contains(words))
          .mapToInt(Sentence::number)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no sentence contains: " + words));
    }

    List<String> of(String words) {
      int n = sentence(words);
      assertThat(features).as("sentence %d is linked to the source", n).containsKey(n);
      return features.get(n);
    }
  }

  private static Linked linked(String text, String source) {
    IndexedArticle a = (IndexedArticle) SharedCore.analyzed(text);
    return new Linked(a, SpeechFeatures.of(a, SpeechTarget.of(a, source)));
  }

  @Test
  void findsTheVerbAfterANameAndItsAppositive() {
    Linked l =
        linked(
            "Mill Faces Demolition\n\nThe council will vote on the mill next week. Ann Porter, a"
                + " historian at Leeds University, said the building was the last of its kind.",
            "Ann Porter");

    assertThat(l.of("Ann Porter")).contains("verb_after=say").doesNotContain("verb_after=none");
  }

  @Test
  void findsTheVerbBeforeATitledNameAfterAQuote() {
    Linked l =
        linked(
            "Church Reopens After Fire\n\nThe church reopened on Sunday after a year of repairs."
                + " \"We never thought we would be back so soon,\" said the Rev. Al Stone.",
            "Al Stone");

    assertThat(l.of("Al Stone")).contains("verb_before=say");
  }

  @Test
  void marksASourceCitedWithAccordingTo() {
    Linked l =
        linked(
            "Turnout Rises\n\nVoters turned out in large numbers on Sunday. Turnout reached 61"
                + " percent, according to the state election commission.",
            "the state election commission");

    assertThat(l.of("according to")).contains("according_to");
  }

  @Test
  void marksAPossessiveNameWhoseNounSpeaks() {
    Linked l =
        linked(
            "Driver Charged\n\nMarco Reyes was arrested in May after a crash on the ring road."
                + " Reyes's lawyer said the charges would be dropped.",
            "Reyes");

    assertThat(l.of("lawyer said")).contains("possessive", "possessive&verb_after=say");
  }

  @Test
  void marksARelativeClauseThatTellsWhatTheSourceDid() {
    Linked l =
        linked(
            "Founder to Be Sentenced\n\nThe trial ended on Friday. Nadia Rahimi, who pleaded"
                + " guilty last year, will be sentenced in February.",
            "Nadia Rahimi");

    assertThat(l.of("pleaded guilty")).contains("relative_clause");
  }

  @Test
  void marksTheMiddleSentenceOfAThreeSentenceQuotationAsContinuingIt() {
    Linked l =
        linked(
            "Lund Stays Calm\n\nCoach Mia Lund was calm after the defeat. \"We lost. We learn. We"
                + " come back,\" Lund told reporters.",
            "Mia Lund");

    assertThat(l.of("We learn.")).contains("continues_quote");
    assertThat(l.of("We lost.")).doesNotContain("continues_quote");
  }

  @Test
  void neverTakesTheHeadlineForACandidate() {
    Linked l =
        linked(
            "Lund Says Her Team Will Come Back\n\nCoach Mia Lund was calm after the defeat. \"We"
                + " will come back,\" Lund said.",
            "Lund");

    assertThat(l.article().article().sentence(1).paragraph()).isZero();
    assertThat(l.features()).doesNotContainKey(1).containsKey(l.sentence("will come back,"));
  }
}
