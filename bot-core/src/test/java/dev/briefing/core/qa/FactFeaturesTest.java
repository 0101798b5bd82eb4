package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features {@link FactAnswers} gives the learned model, one at a time, on short texts written
 * for the test.
 */
class FactFeaturesTest {

  private static final String FERRY =
      "Ferry Line Reports Profit\n\n"
          + "The ferry operator Fjordlink carried 1,200,000 passengers in 2023. Its gross profit rose"
          + " to 40 million euros, the chief executive, Maria Lund, said on Tuesday. The company"
          + " plans two new ships for the route to Bergen.";

  private static FactAnswers.Candidate candidate(String text, String question, String words) {
    IndexedArticle a = (IndexedArticle) SharedCore.analyzed(text);
    Question q = new QuestionParser().parse(question);
    List<FactAnswers.Candidate> all = FactAnswers.candidates(a, q, FactQuery.of(q), null);
    return all.stream()
        .filter(c -> a.article().sentence(c.sentence()).text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no candidate holds: " + words + " in " + all));
  }

  @Test
  void numbersAreReadWithoutThousandsSeparators() {
    assertThat(FactAnswers.numbers("Did 1,200,000 people sail in 2023 or 3.5 times more?"))
        .containsExactly("1200000", "2023", "3.5");
  }

  @Test
  void aNumberOfTheQuestionMissingFromTheSentenceIsMarked() {
    assertThat(
            candidate(FERRY, "How many passengers did Fjordlink carry in 2023?", "carried")
                .numberMissing())
        .isFalse();
    assertThat(
            candidate(FERRY, "How many passengers did Fjordlink carry in 2019?", "carried")
                .numberMissing())
        .isTrue();
  }

  @Test
  void namesHeldIsTheShareOfTheQuestionsNamesInTheSentence() {
    assertThat(candidate(FERRY, "What did Maria Lund say about the profit?", "gross").namesHeld())
        .isEqualTo(1.0);
    assertThat(candidate(FERRY, "What did Maria Lund say about Bergen?", "Bergen").namesHeld())
        .isLessThan(1.0);
  }

  @Test
  void theRarestQuestionWordTheSentenceLacksIsMeasured() {
    double all = candidate(FERRY, "How much was the gross profit?", "gross").missingIdf();
    double lacking = candidate(FERRY, "How much was the net profit?", "gross").missingIdf();

    assertThat(all).isZero();
    assertThat(lacking).isGreaterThan(0.5);
  }

  @Test
  void aQuestionWordInNoSentenceCountsAsAbsentFromTheArticle() {
    assertThat(candidate(FERRY, "How much was the gross profit?", "gross").question().absentIdf())
        .isZero();
    assertThat(candidate(FERRY, "How much was the gross dividend?", "gross").question().absentIdf())
        .isGreaterThan(0.3);
  }

  @Test
  void theHeadlineIsNeverACandidate() {
    IndexedArticle a = (IndexedArticle) SharedCore.analyzed(FERRY);
    Question q = new QuestionParser().parse("What did the ferry line report?");

    assertThat(FactAnswers.candidates(a, q, FactQuery.of(q), null))
        .allSatisfy(c -> assertThat(a.article().sentence(c.sentence()).paragraph()).isPositive());
  }

  @Test
  void everyCandidateHasOneValuePerFeature() {
    IndexedArticle a = (IndexedArticle) SharedCore.analyzed(FERRY);
    Question q = new QuestionParser().parse("Who is the chief executive of Fjordlink?");
    List<FactAnswers.Candidate> ranked = FactAnswers.candidates(a, q, FactQuery.of(q), null);

    assertThat(ranked).isNotEmpty();
    assertThat(ranked)
        .allSatisfy(c -> assertThat(c.features()).hasSize(FactModel.RANK_FEATURES.size()));
    assertThat(FactAnswers.answerFeatures(ranked, 0)).hasSize(FactModel.ANSWER_FEATURES.size());
  }
}
