package dev.briefing.core.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.DefaultBriefingEngine;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.nlp.OpenNlpPipeline;
import dev.briefing.embeddings.OnnxSentenceEmbedder;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Trains {@link FactModel} from question files in the layout of the facts evaluation (one JSON
 * object a line: id, article_id, article_path relative to the file, question, answers,
 * is_impossible): a softmax ranker over each question's candidate sentences (a sentence is right
 * when it holds an answer), then a logistic model of whether the best sentence answers, fitted on
 * ranker scores of articles the ranker did not see (cross-fitting by article), and the threshold
 * that brings hit@1 and honest accuracy closest to their goals (the larger of the two shortfalls,
 * as shares of the goal, is smallest) on probabilities of articles the model did not see.
 *
 * <pre>
 * java -cp ... dev.briefing.core.qa.FactModelTrainer OUT.properties QUESTIONS.jsonl...
 * </pre>
 *
 * <p>It sits in the engine's package (on the class path, in this module that never ships) so it
 * computes the features with the engine's own package-private code rather than a copy of it.
 */
public final class FactModelTrainer {
  private FactModelTrainer() {}

  static final int FOLDS = 5;
  static final double RANK_L2 = 1e-3;
  static final double ANSWER_L2 = 1e-2;

  /** The goals the threshold balances: the first citation answers, and "not found" is honest. */
  static final double HIT_GOAL = 0.82;

  static final double HONEST_GOAL = 0.68;

  /** One question's candidates in one setting (with or without similarity). */
  record Item(
      String article, boolean answerable, List<FactAnswers.Candidate> candidates, int[] right) {
    boolean trainable() {
      for (int r : right) {
        if (r > 0) {
          return answerable;
        }
      }
      return false;
    }
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    OpenNlpPipeline nlp = new OpenNlpPipeline();
    OnnxSentenceEmbedder miniLm = OnnxSentenceEmbedder.allMiniLmL6V2(Runnable::run);
    DefaultBriefingEngine engine = new DefaultBriefingEngine(nlp, miniLm);
    QuestionParser parser = new QuestionParser();
    List<Item> semantic = new ArrayList<>();
    List<Item> lexical = new ArrayList<>();
    int questions = 0;
    for (int f = 1; f < args.length; f++) {
      Path file = Path.of(args[f]);
      Map<String, List<JsonNode>> byArticle = new LinkedHashMap<>();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (!line.isBlank()) {
            JsonNode q = json.readTree(line);
            byArticle
                .computeIfAbsent(q.get("article_path").asText(), k -> new ArrayList<>())
                .add(q);
          }
        }
      }
      for (Map.Entry<String, List<JsonNode>> e : byArticle.entrySet()) {
        Path path = file.resolveSibling(e.getKey());
        IndexedArticle a =
            (IndexedArticle) engine.analyze(new DefaultArticleReader(nlp).read(path));
        String id = file.getParent() + "/" + e.getKey();
        for (JsonNode qn : e.getValue()) {
          String text = qn.get("question").asText();
          Question q = parser.parse(text);
          FactQuery query = FactQuery.of(q);
          boolean answerable = !qn.get("is_impossible").asBoolean();
          List<String> gold = new ArrayList<>();
          qn.get("answers").forEach(g -> gold.add(norm(g.asText())));
          double[] sims = FactAnswers.similarities(a, miniLm.embed(List.of(text)).get(0));
          semantic.add(item(id, answerable, FactAnswers.candidates(a, q, query, sims), gold));
          lexical.add(item(id, answerable, FactAnswers.candidates(a, q, query, null), gold));
          questions++;
        }
      }
    }
    Properties p = new Properties();
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, List<Item>> setting :
        Map.of("semantic", semantic, "lexical", lexical).entrySet()) {
      FactModel.Weights w = train(setting.getValue(), setting.getKey(), report);
      FactModel.write(p, setting.getKey(), w);
    }
    String comments =
        "The fact model (FactModel): trained by dev.briefing.core.qa.FactModelTrainer on "
            + questions
            + " questions of the project's own training/fact-data (written for the project);\n"
            + "rebuild with the command in docs/quality.md. Cross-validated by article:\n"
            + report;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // sorted keys, so a retrained model diffs line by line
      Properties sorted =
          new Properties() {
            @Override
            public synchronized java.util.Set<Map.Entry<Object, Object>> entrySet() {
              return new java.util.TreeMap<Object, Object>(p).entrySet();
            }
          };
      sorted.putAll(p);
      sorted.store(w, comments);
    }
    System.out.print(report);
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static Item item(
      String article,
      boolean answerable,
      List<FactAnswers.Candidate> candidates,
      List<String> gold) {
    int[] right = new int[candidates.size()];
    for (int i = 0; i < right.length; i++) {
      FactAnswers.Candidate c = candidates.get(i);
      String text = norm(c.article().article().sentence(c.sentence()).text());
      right[i] = answerable && gold.stream().anyMatch(text::contains) ? 1 : 0;
    }
    return new Item(article, answerable, candidates, right);
  }

  /**
   * Trains one setting's ranker, answer model and threshold; appends its cross-validated figures.
   */
  static FactModel.Weights train(List<Item> items, String name, StringBuilder report) {
    List<String> articles = items.stream().map(Item::article).distinct().sorted().toList();
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      fold.put(articles.get(i), i % FOLDS);
    }
    // the answer model's rows: each question's best candidate as ranked by a ranker that did not
    // see its article
    List<double[]> rows = new ArrayList<>();
    List<Integer> rowFold = new ArrayList<>();
    List<int[]> outcome = new ArrayList<>(); // {answerable, best is right}
    for (int k = 0; k < FOLDS; k++) {
      final int held = k;
      double[] w = trainRanker(items.stream().filter(i -> fold.get(i.article()) != held).toList());
      for (Item i : items) {
        if (fold.get(i.article()) == held && !i.candidates().isEmpty()) {
          List<FactAnswers.Candidate> ranked = rank(i.candidates(), w);
          rows.add(FactAnswers.answerFeatures(ranked, 0));
          rowFold.add(held);
          int best = 0;
          while (i.candidates().get(best).sentence() != ranked.get(0).sentence()) {
            best++;
          }
          outcome.add(new int[] {i.answerable() ? 1 : 0, i.right()[best]});
        }
      }
    }
    // out-of-fold answer probabilities, for the threshold and the report
    double[] probability = new double[rows.size()];
    for (int k = 0; k < FOLDS; k++) {
      List<double[]> x = new ArrayList<>();
      List<Integer> y = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (rowFold.get(r) != k && usable(outcome.get(r))) {
          x.add(rows.get(r));
          y.add(outcome.get(r)[1]);
        }
      }
      double[] a = trainLogistic(x, y);
      for (int r = 0; r < rows.size(); r++) {
        if (rowFold.get(r) == k) {
          probability[r] = logistic(a, rows.get(r));
        }
      }
    }
    long answerable = items.stream().filter(Item::answerable).count();
    long unanswerable = items.size() - answerable;
    long rankedRight = outcome.stream().filter(o -> o[0] == 1 && o[1] == 1).count();
    double bestThreshold = 0.5;
    double bestObjective = -1;
    TreeMap<Double, String> curve = new TreeMap<>();
    for (int t = 5; t <= 95; t++) {
      double threshold = t / 100.0;
      int hits = 0;
      int abstained = 0;
      for (int r = 0; r < rows.size(); r++) {
        boolean answers = probability[r] >= threshold;
        hits += answers && outcome.get(r)[0] == 1 && outcome.get(r)[1] == 1 ? 1 : 0;
        abstained += !answers && outcome.get(r)[0] == 0 ? 1 : 0;
      }
      abstained += (int) (unanswerable - outcome.stream().filter(o -> o[0] == 0).count());
      double hitRate = (double) hits / answerable;
      double honest = (double) (hits + abstained) / items.size();
      // as close to both goals of issue 12 as one threshold gets: the smaller share of its goal
      double objective = Math.min(hitRate / HIT_GOAL, honest / HONEST_GOAL);
      curve.put(
          threshold,
          String.format(
              Locale.ROOT,
              "hit@1 %.3f abstained %.3f honest %.3f",
              hitRate,
              (double) abstained / unanswerable,
              honest));
      if (objective > bestObjective) {
        bestObjective = objective;
        bestThreshold = threshold;
      }
    }
    for (double t : new double[] {0.2, 0.3, 0.4, 0.5, 0.6}) {
      System.err.printf(
          Locale.ROOT, "  %s %.2f %s%n", name, t, curve.get(Math.round(t * 100) / 100.0));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%s: %d questions on %d articles; ranking alone hit@1 %.3f; at threshold %.2f %s%n",
            name,
            items.size(),
            articles.size(),
            (double) rankedRight / answerable,
            bestThreshold,
            curve.get(bestThreshold)));
    List<double[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (usable(outcome.get(r))) {
        x.add(rows.get(r));
        y.add(outcome.get(r)[1]);
      }
    }
    double[] answer = trainLogistic(x, y);
    double[] weights = java.util.Arrays.copyOf(answer, answer.length - 1);
    return new FactModel.Weights(
        trainRanker(items), weights, answer[answer.length - 1], bestThreshold);
  }

  /**
   * An answerable question whose best sentence is wrong teaches nothing about answering: "not
   * found" and a wrong sentence count alike, so the model learns right answers against unanswerable
   * questions.
   */
  private static boolean usable(int[] outcome) {
    return outcome[0] == 0 || outcome[1] == 1;
  }

  static List<FactAnswers.Candidate> rank(List<FactAnswers.Candidate> candidates, double[] w) {
    List<FactAnswers.Candidate> ranked = new ArrayList<>();
    for (FactAnswers.Candidate c : candidates) {
      ranked.add(c.ranked(FactModel.dot(w, c.features())));
    }
    ranked.sort(java.util.Comparator.comparingDouble(FactAnswers.Candidate::rank).reversed());
    return ranked;
  }

  /** Softmax over each question's candidates, full-batch gradient descent with L2. */
  static double[] trainRanker(List<Item> items) {
    List<Item> train = items.stream().filter(Item::trainable).toList();
    int d = FactModel.RANK_FEATURES.size();
    double[] w = new double[d];
    double rate = 0.5;
    for (int epoch = 0; epoch < 400; epoch++) {
      double[] g = new double[d];
      for (Item i : train) {
        int n = i.candidates().size();
        double[] s = new double[n];
        double top = Double.NEGATIVE_INFINITY;
        int rights = 0;
        for (int c = 0; c < n; c++) {
          s[c] = FactModel.dot(w, i.candidates().get(c).features());
          top = Math.max(top, s[c]);
          rights += i.right()[c];
        }
        double sum = 0;
        for (int c = 0; c < n; c++) {
          s[c] = Math.exp(s[c] - top);
          sum += s[c];
        }
        for (int c = 0; c < n; c++) {
          double diff = s[c] / sum - (double) i.right()[c] / rights;
          double[] x = i.candidates().get(c).features();
          for (int j = 0; j < d; j++) {
            g[j] += diff * x[j];
          }
        }
      }
      for (int j = 0; j < d; j++) {
        w[j] -= rate * (g[j] / train.size() + RANK_L2 * w[j]);
      }
    }
    return w;
  }

  /**
   * Logistic regression on standardized features, returned in the raw features' scale: the weights,
   * then the bias.
   */
  static double[] trainLogistic(List<double[]> x, List<Integer> y) {
    int d = x.get(0).length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] r : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += r[j] / x.size();
      }
    }
    for (double[] r : x) {
      for (int j = 0; j < d; j++) {
        sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.size();
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]) + 1e-9;
    }
    double[] w = new double[d + 1];
    for (int epoch = 0; epoch < 2000; epoch++) {
      double[] g = new double[d + 1];
      for (int r = 0; r < x.size(); r++) {
        double z = w[d];
        for (int j = 0; j < d; j++) {
          z += w[j] * (x.get(r)[j] - mean[j]) / sd[j];
        }
        double diff = 1 / (1 + Math.exp(-z)) - y.get(r);
        for (int j = 0; j < d; j++) {
          g[j] += diff * (x.get(r)[j] - mean[j]) / sd[j];
        }
        g[d] += diff;
      }
      for (int j = 0; j <= d; j++) {
        w[j] -= 0.5 * (g[j] / x.size() + (j < d ? ANSWER_L2 * w[j] : 0));
      }
    }
    double[] raw = new double[d + 1];
    raw[d] = w[d];
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / sd[j];
      raw[d] -= w[j] * mean[j] / sd[j];
    }
    return raw;
  }

  /** The probability from weights followed by their bias. */
  static double logistic(double[] weightsAndBias, double[] x) {
    return FactModel.logistic(FactModel.dot(weightsAndBias, x) + weightsAndBias[x.length]);
  }
}
