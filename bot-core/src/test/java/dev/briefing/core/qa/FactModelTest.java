package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading, writing and applying the fact model's weights. */
class FactModelTest {

  @Test
  void theBundledModelHasAWeightForEveryFeatureAndAThresholdBetweenZeroAndOne() {
    for (boolean semantic : new boolean[] {true, false}) {
      FactModel.Weights w = FactModel.bundled().weights(semantic);

      assertThat(w.rank()).hasSize(FactModel.RANK_FEATURES.size());
      assertThat(w.answer()).hasSize(FactModel.ANSWER_FEATURES.size());
      assertThat(w.threshold()).isStrictlyBetween(0.0, 1.0);
    }
  }

  @Test
  void theBundledModelRanksASentenceHoldingMoreOfTheQuestionHigher() {
    FactModel.Weights w = FactModel.bundled().weights(true);
    double[] some = new double[FactModel.RANK_FEATURES.size()];
    double[] more = some.clone();
    int coverage = FactModel.RANK_FEATURES.indexOf("coverage");
    some[coverage] = 0.3;
    more[coverage] = 0.9;

    assertThat(w.rank(more)).isGreaterThan(w.rank(some));
  }

  @Test
  void weightsSurviveWritingAndReading() {
    double[] rank = new double[FactModel.RANK_FEATURES.size()];
    double[] answer = new double[FactModel.ANSWER_FEATURES.size()];
    rank[1] = 2.5;
    answer[3] = -1.25;
    Properties p = new Properties();
    FactModel.write(p, "semantic", new FactModel.Weights(rank, answer, 0.5, 0.3));

    FactModel.Weights read = FactModel.weights(p, "semantic");

    assertThat(read.rank()).containsExactly(rank);
    assertThat(read.answer()).containsExactly(answer);
    assertThat(read.bias()).isEqualTo(0.5);
    assertThat(read.threshold()).isEqualTo(0.3);
  }

  @Test
  void anIncompleteModelNamesEveryMissingOrMalformedWeight() {
    Properties p = new Properties();
    FactModel.write(
        p,
        "lexical",
        new FactModel.Weights(
            new double[FactModel.RANK_FEATURES.size()],
            new double[FactModel.ANSWER_FEATURES.size()],
            0,
            0.5));
    p.remove("lexical.rank.coverage");
    p.setProperty("lexical.threshold", "half");

    assertThatThrownBy(() -> FactModel.weights(p, "lexical"))
        .hasMessageContaining("lexical.rank.coverage missing")
        .hasMessageContaining("lexical.threshold not a number: half");
  }

  @Test
  void theAnswerProbabilityFollowsTheBiasAndWeights() {
    double[] answer = new double[FactModel.ANSWER_FEATURES.size()];
    answer[0] = 1;
    FactModel.Weights w =
        new FactModel.Weights(new double[FactModel.RANK_FEATURES.size()], answer, 0, 0.5);
    double[] x = new double[answer.length];

    assertThat(w.answerProbability(x)).isEqualTo(0.5);
    x[0] = 2;
    assertThat(w.answerProbability(x)).isGreaterThan(0.85);
    x[0] = -2;
    assertThat(w.answerProbability(x)).isLessThan(0.15);
  }
}
