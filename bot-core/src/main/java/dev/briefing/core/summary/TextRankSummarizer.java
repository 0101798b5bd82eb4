package dev.briefing.core.summary;

import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Extractive summaries: TextRank over sentence similarity, with a lead prior (news puts the point
 * first) and redundancy removal; sentences that lean on an earlier one ("she said") are only taken
 * with it.
 */
public final class TextRankSummarizer {
  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 40;
  private static final double REDUNDANT = 0.5;
  private static final double LEAD_WEIGHT = 0.6;

  /** Sentence numbers of the summary, in article order. */
  public List<Integer> summarize(Article article, ArticleAnalysis analysis, int count) {
    List<Integer> body = candidates(article);
    if (body.isEmpty()) {
      return List.of(1);
    }
    List<Map<String, Double>> vectors = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int n : body) {
      Map<String, Double> tf = termFrequencies(analysis.tagged().get(n - 1));
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      vectors.add(tf);
    }
    for (Map<String, Double> v : vectors) {
      v.replaceAll((t, f) -> f * Math.log(1 + (double) body.size() / df.get(t)));
    }
    double[][] sim = new double[body.size()][body.size()];
    for (int i = 0; i < body.size(); i++) {
      for (int j = i + 1; j < body.size(); j++) {
        sim[i][j] = sim[j][i] = cosine(vectors.get(i), vectors.get(j));
      }
    }
    double[] rank = pageRank(sim);
    double maxRank = java.util.Arrays.stream(rank).max().orElse(1);
    List<Integer> order = new ArrayList<>();
    double[] score = new double[body.size()];
    for (int i = 0; i < body.size(); i++) {
      double lead = 1.0 / Math.sqrt(i + 1);
      score[i] = (1 - LEAD_WEIGHT) * rank[i] / maxRank + LEAD_WEIGHT * lead;
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed());
    List<Integer> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() >= count) {
        break;
      }
      int n = body.get(i);
      if (analysis.isDependent(n) && !chosen.contains(i - 1)) {
        continue;
      }
      boolean redundant = chosen.stream().anyMatch(c -> sim[c][i] > REDUNDANT);
      if (!redundant) {
        chosen.add(i);
      }
    }
    return chosen.stream().map(body::get).sorted().toList();
  }

  /** Body sentences: not the title, not headings without a full stop, not tiny fragments. */
  private static List<Integer> candidates(Article article) {
    List<Integer> body = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (s.paragraph() == 0 || !s.text().strip().matches("(?s).*[.!?…][\"”’')\\]]*$")) {
        continue;
      }
      if (s.text().split("\\s+").length < 5) {
        continue;
      }
      body.add(s.number());
    }
    return body;
  }

  private static Map<String, Double> termFrequencies(TaggedSentence s) {
    Map<String, Double> tf = new HashMap<>();
    for (Token t : s.tokens()) {
      if (t.hasTag("NOUN", "PROPN", "VERB", "ADJ", "NUM")) {
        tf.merge(t.lemma(), 1.0, Double::sum);
      }
    }
    return tf;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double o = b.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    double na = Math.sqrt(a.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(b.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double[] pageRank(double[][] sim) {
    int n = sim.length;
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / n);
    double[] outWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        outWeight[i] += sim[i][j];
      }
    }
    for (int it = 0; it < ITERATIONS; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          if (sim[j][i] > 0 && outWeight[j] > 0) {
            sum += sim[j][i] / outWeight[j] * rank[j];
          }
        }
        next[i] = (1 - DAMPING) / n + DAMPING * sum;
      }
      rank = next;
    }
    return rank;
  }
}
