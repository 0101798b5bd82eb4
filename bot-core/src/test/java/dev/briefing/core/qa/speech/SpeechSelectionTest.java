package dev.briefing.core.qa.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which sentences an answer cites, from the speech probabilities. */
class SpeechSelectionTest {
  private static final double THRESHOLD = 0.3;
  private static final double FOUND = 0.5;

  /** Sentence number → probability, in the order given. */
  private static Map<Integer, Double> probabilities(Object... pairs) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((Integer) pairs[i], (Double) pairs[i + 1]);
    }
    return out;
  }

  @Test
  void citesOnlySentencesAtOrAboveTheThreshold() {
    Map<Integer, Double> p = probabilities(2, 0.9, 3, 0.3, 4, 0.29, 5, 0.05);

    assertThat(SpeechSelection.select(p, THRESHOLD, FOUND, 6)).containsExactly(2, 3);
  }

  @Test
  void citesNothingWhenTheLikeliestSentenceIsBelowFound() {
    Map<Integer, Double> p = probabilities(2, 0.45, 3, 0.4, 4, 0.35);

    assertThat(SpeechSelection.select(p, THRESHOLD, FOUND, 6)).isEmpty();
  }

  @Test
  void citesEveryThresholdSentenceOnceTheLikeliestReachesFound() {
    Map<Integer, Double> p = probabilities(2, 0.5, 3, 0.31, 4, 0.1);

    assertThat(SpeechSelection.select(p, THRESHOLD, FOUND, 6)).containsExactly(2, 3);
  }

  @Test
  void citesNothingForASourceWithoutLinkedSentences() {
    assertThat(SpeechSelection.select(Map.of(), THRESHOLD, FOUND, 6)).isEmpty();
  }

  @Test
  void keepsTheLikeliestSentencesWhenMoreThanMaxQualify() {
    Map<Integer, Double> p = probabilities(1, 0.6, 2, 0.95, 3, 0.4, 4, 0.8, 5, 0.7);

    assertThat(SpeechSelection.select(p, THRESHOLD, FOUND, 3)).containsExactly(2, 4, 5);
  }

  @Test
  void returnsTheCitedSentencesInTextOrderNotByProbability() {
    Map<Integer, Double> p = probabilities(9, 0.99, 4, 0.7, 7, 0.35, 1, 0.8);

    assertThat(SpeechSelection.select(p, THRESHOLD, FOUND, 6)).containsExactly(1, 4, 7, 9);
  }
}
