package dev.briefing.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.model.Sentence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A misspelt question term finds the article's nearest term: one edit, two for terms of eight
 * letters or more, and never for terms under five letters.
 */
class NearestTermTest {
  private final LuceneSentenceIndex index =
      new LuceneSentenceIndex(
          List.of(
              new Sentence(1, 0, "Council approves ferry contract"),
              new Sentence(2, 1, "The council approved a contract with the ferry operator."),
              new Sentence(3, 1, "The harbour bridge will close for repairs in March."),
              new Sentence(4, 2, "The painting shows fishermen sorting herring."),
              new Sentence(5, 2, "Engineers found cracks in the steel supports."),
              new Sentence(6, 2, "The decision was made in a single evening.")));

  /** The analyzed term of a word as the question would search for it. */
  private String term(String word) {
    return index.terms(word).iterator().next();
  }

  @Test
  void analyzesTheFixtureAsExpected() {
    assertThat(term("approve")).isEqualTo("approv");
    assertThat(term("harbour")).isEqualTo("harbour");
    assertThat(term("decision")).isEqualTo("decis");
    assertThat(term("fishermen")).isEqualTo("fishermen");
  }

  @Test
  void findsTheTermOfASixLetterStemWithOneLetterWrong() {
    assertThat(index.contains("aprov")).isFalse();
    assertThat(index.nearestTerm("aprov")).contains("approv"); // "aprove"
    assertThat(index.nearestTerm("harbor")).contains("harbour");
    assertThat(index.nearestTerm("councl")).contains("council");
    assertThat(index.nearestTerm("harbuor")).contains("harbour"); // a swap is one edit
  }

  @Test
  void doesNotCorrectAFiveLetterStemTwoEditsAway() {
    assertThat(term("decision")).hasSize(5);
    assertThat(index.nearestTerm("dicis")).contains("decis"); // one edit still does
    assertThat(index.nearestTerm("dicus")).isEmpty();
  }

  @Test
  void toleratesTwoEditsInATermOfEightLettersOrMore() {
    assertThat(index.nearestTerm("fishurmon")).contains("fishermen");
    assertThat(index.nearestTerm("fishurmonn")).isEmpty(); // three edits
  }

  @Test
  void allowsOnlyOneEditInATermOfSevenLetters() {
    assertThat(index.nearestTerm("contrat")).contains("contract");
    assertThat(index.nearestTerm("cuntrat")).isEmpty();
  }

  @Test
  void neverCorrectsATermUnderFiveLetters() {
    assertThat(index.nearestTerm("feri")).isEmpty(); // "ferri" is one edit away
    assertThat(index.nearestTerm("stel")).isEmpty(); // "steel"
    assertThat(index.nearestTerm("net")).isEmpty();
  }

  @Test
  void returnsNothingForATermTheArticleHas() {
    assertThat(index.contains("council")).isTrue();
    assertThat(index.nearestTerm("council")).isEqualTo(Optional.empty());
    assertThat(index.nearestTerm("harbour")).isEmpty();
  }

  @Test
  void prefersTheTermInMoreSentencesAmongEquallyNearOnes() {
    LuceneSentenceIndex planes =
        new LuceneSentenceIndex(
            List.of(
                new Sentence(1, 1, "Two planes landed."),
                new Sentence(2, 1, "A third plane was late."),
                new Sentence(3, 1, "The plant closed.")));
    assertThat(planes.nearestTerm("planr")).contains("plane"); // "plant" is as near, rarer
  }

  @Test
  void prefersOneEditToTwoEvenForAMoreFrequentTerm() {
    LuceneSentenceIndex names =
        new LuceneSentenceIndex(
            List.of(
                new Sentence(1, 1, "Halverson spoke first."),
                new Sentence(2, 1, "Halverson spoke again."),
                new Sentence(3, 1, "Halverson left."),
                new Sentence(4, 1, "Halvorsen stayed.")));
    assertThat(names.terms("Halverson Halvorsen")).containsExactly("halverson", "halvorsen");
    assertThat(names.nearestTerm("halvorsan")).contains("halvorsen");
    assertThat(names.nearestTerm("halvursan")).contains("halverson"); // two edits from both
  }
}
