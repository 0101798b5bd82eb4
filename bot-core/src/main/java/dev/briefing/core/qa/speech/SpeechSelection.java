package dev.briefing.core.qa.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which sentences an answer cites: the likeliest above the model's threshold, in text order. */
final class SpeechSelection {
  private SpeechSelection() {}

  /**
   * @param probabilities sentence number → probability that the source speaks there
   * @param threshold the least probability cited
   * @param found the least probability of the likeliest sentence: below it the source is taken not
   *     to speak at all, and nothing is cited
   * @param max how many sentences at most
   * @return sentence numbers, ascending
   */
  public static List<Integer> select(
      Map<Integer, Double> probabilities, double threshold, double found, int max) {
    if (probabilities.values().stream().noneMatch(p -> p >= found)) {
      return List.of();
    }
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(probabilities.entrySet());
    ranked.removeIf(e -> e.getValue() < threshold);
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed());
    List<Integer> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> e : ranked.subList(0, Math.min(max, ranked.size()))) {
      out.add(e.getKey());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
