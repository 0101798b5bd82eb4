package dev.briefing.embeddings;

import dev.briefing.testing.eval.EvalCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one retrieval variant over every case set. */
final class EvalRun {
  final String variant;
  final double loadMillis;
  final double analyzeMillisPerArticle;

  /** Case id to its problems; an empty list means it passed. */
  final Map<String, List<String>> outcomes = new LinkedHashMap<>();

  final Map<String, int[]> passedBySet = new TreeMap<>();
  final List<Long> askNanos = new ArrayList<>();

  EvalRun(String variant, double loadMillis, double analyzeMillisPerArticle) {
    this.variant = variant;
    this.loadMillis = loadMillis;
    this.analyzeMillisPerArticle = analyzeMillisPerArticle;
  }

  void record(String set, EvalCase c, List<String> problems) {
    outcomes.put(c.id(), List.copyOf(problems));
    int[] counts = passedBySet.computeIfAbsent(set, s -> new int[2]);
    counts[0] += problems.isEmpty() ? 1 : 0;
    counts[1]++;
  }

  int passed() {
    return passedBySet.values().stream().mapToInt(c -> c[0]).sum();
  }

  int total() {
    return passedBySet.values().stream().mapToInt(c -> c[1]).sum();
  }

  String passedIn(String set) {
    int[] counts = passedBySet.getOrDefault(set, new int[2]);
    return counts[0] + "/" + counts[1];
  }

  boolean passes(String caseId) {
    return outcomes.getOrDefault(caseId, List.of("not run")).isEmpty();
  }

  /** The ask latency at percentile {@code p} (0 to 100), in milliseconds: nearest rank. */
  double askMillis(double p) {
    List<Long> sorted = askNanos.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1)) / 1e6;
  }

  double meanAskMillis() {
    return askNanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
  }
}
