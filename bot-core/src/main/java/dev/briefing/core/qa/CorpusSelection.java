package dev.briefing.core.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the articles of a large scope worth answering from, so that a question over thousands of
 * articles runs the answerers on a few of them. A scope of up to {@link #SMALL_SCOPE} articles is
 * answered whole, exactly as before. Selected articles keep the scope's order (newest first).
 */
final class CorpusSelection {
  /** Scopes up to this size are answered whole. */
  static final int SMALL_SCOPE = 20;

  /** Articles a factual question is answered from: the best by their terms. */
  static final int FACT_ARTICLES = 20;

  /** Articles at most that can answer who someone is or what they said, newest first. */
  static final int NAMED_ARTICLES = 50;

  private CorpusSelection() {}

  static boolean isLarge(List<IndexedArticle> scope) {
    return scope.size() > SMALL_SCOPE;
  }

  /** The newest articles, for answers that go through every article (summaries, who is quoted). */
  static List<IndexedArticle> newest(List<IndexedArticle> scope) {
    return isLarge(scope) ? scope.subList(0, SMALL_SCOPE) : scope;
  }

  /**
   * Articles with an entity that has every word of the target in its name or role (what {@link
   * EntityMatcher} needs to match at all); the newest when no article has.
   */
  static List<IndexedArticle> naming(List<IndexedArticle> scope, String target) {
    if (!isLarge(scope)) {
      return scope;
    }
    List<String> words = EntityMatcher.words(target);
    if (words.isEmpty()) {
      return newest(scope);
    }
    List<IndexedArticle> out = new ArrayList<>();
    for (IndexedArticle a : scope) {
      if (words.stream().allMatch(a.keys()::hasName)) {
        out.add(a);
        if (out.size() == NAMED_ARTICLES) {
          break;
        }
      }
    }
    return out.isEmpty() ? newest(scope) : out;
  }

  /**
   * The articles that best cover the question's terms, weighted by how rare each term is in the
   * scope (BM25's idf over articles); related words count less, names asked about count too.
   *
   * @return the chosen articles in scope order, each with its share of the best article's score;
   *     every article with 0 for a small scope
   */
  static Map<IndexedArticle, Double> forFact(List<IndexedArticle> scope, Question q) {
    Map<IndexedArticle, Double> out = new LinkedHashMap<>();
    if (!isLarge(scope)) {
      scope.forEach(a -> out.put(a, 0.0));
      return out;
    }
    Set<String> terms = scope.get(0).index().terms(FactAnswers.searchText(q));
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String t : terms) {
      weights.put(t, 1.0);
    }
    for (String t : terms) {
      for (String related : QueryTerms.related(scope.get(0).index(), t)) {
        weights.putIfAbsent(related, 0.6);
      }
    }
    List<String> names =
        EntityMatcher.words(FactAnswers.searchText(q)).stream()
            .filter(w -> w.length() > 2)
            .distinct()
            .toList();
    String[] keys = weights.keySet().toArray(String[]::new);
    int k = keys.length;
    int n = scope.size();
    // bit i of hits[a]: the article has key i (terms first, then names; at most 63 in all)
    int used = Math.min(63, k + names.size());
    long[] hits = new long[n];
    int[] df = new int[used];
    for (int a = 0; a < n; a++) {
      ArticleKeys ak = scope.get(a).keys();
      long bits = 0;
      for (int i = 0; i < used; i++) {
        boolean has =
            i < k
                ? ak.hasTerm(keys[i]) || (weights.get(keys[i]) == 1.0 && ak.hasSameRoot(keys[i]))
                : ak.hasName(names.get(i - k));
        if (has) {
          bits |= 1L << i;
          df[i]++;
        }
      }
      hits[a] = bits;
    }
    double[] weight = new double[used];
    for (int i = 0; i < used; i++) {
      double idf = Math.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5));
      weight[i] = idf * (i < k ? weights.get(keys[i]) : 0.5);
    }
    Map<Integer, Double> scores = new HashMap<>();
    for (int a = 0; a < n; a++) {
      if (hits[a] != 0) {
        double s = 0;
        for (int i = 0; i < used; i++) {
          if ((hits[a] & (1L << i)) != 0) {
            s += weight[i];
          }
        }
        scores.put(a, s);
      }
    }
    int[] best =
        scores.entrySet().stream()
            .sorted(
                Map.Entry.<Integer, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(FACT_ARTICLES)
            .mapToInt(Map.Entry::getKey)
            .sorted()
            .toArray();
    double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    for (int a : best) {
      out.put(scope.get(a), scores.get(a) / top);
    }
    return out;
  }
}
