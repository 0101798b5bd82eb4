package dev.briefing.core.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The learned part of factual answers: a linear ranker over a sentence's {@link #RANK_FEATURES} and
 * a logistic "does the best sentence answer?" model over {@link #ANSWER_FEATURES}, one pair for
 * answers with semantic similarity and one for BM25 alone. The weights are trained by {@code
 * dev.briefing.training.FactModelTrainer} on the project's own questions ({@code
 * training/fact-data}) and ship as {@code fact-model.properties}; docs/quality.md has the command.
 */
final class FactModel {

  /** Features of one candidate sentence, for ranking the sentences of the scope. */
  static final List<String> RANK_FEATURES =
      List.of(
          "lexical", // BM25 over the best sentence's, plus half the sentence before's if it refers
          // back
          "coverage", // share of the question's terms (by idf) the sentence and its context hold
          "similarity", // cosine similarity to the question (0 without embeddings)
          "similarity_gap", // similarity minus the best similarity in the article
          "coverage_gap", // coverage minus the best coverage in the article
          "typed", // holds the kind of fact asked for (a date for "when")
          "about_asked", // mentions an entity the question names
          "not_about_asked", // the question names an entity and the sentence does not mention it
          "lead", // 1 for the first sentence, towards 0 for the last
          "dependent", // refers back to the sentence before
          "lexical_coverage", // lexical x coverage
          "lexical_top", // the best BM25 sentence
          "heading", // no sentence-final stop
          "names_held", // share of the question's proper names in the sentence or its context
          "missing_idf"); // the rarest question term the sentence lacks, over the highest idf

  /** Features of the best (or second) sentence, for deciding whether it answers. */
  static final List<String> ANSWER_FEATURES =
      List.of(
          "rank", // the ranker's score
          "rank_margin", // over the next sentence's
          "rank_share", // softmax share of the ranker's scores
          "coverage",
          "similarity",
          "typed",
          "expects_type", // the question asks for a kind of fact (a date, an amount, a place)
          "names_known", // the article has every proper name of the question
          "negation_missing", // the question asks what did not happen, the sentence has no negation
          "about_asked",
          "not_about_asked",
          "absent_idf", // share of the question's terms (by idf) in no sentence of the article
          "missing_idf",
          "names_held",
          "number_missing", // a number of the question is not in the sentence or its context
          "question_terms"); // log(1 + number of the question's terms)

  /** One trained pair: ranker weights, answer weights with bias, and the answer threshold. */
  record Weights(double[] rank, double[] answer, double bias, double threshold) {
    double rank(double[] features) {
      return dot(rank, features);
    }

    double answerProbability(double[] features) {
      return logistic(dot(answer, features) + bias);
    }
  }

  /** The weighted sum of the features (weights beyond the features' count are not read). */
  static double dot(double[] w, double[] x) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  static double logistic(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  static final String RESOURCE = "fact-model.properties";

  private final Weights semantic;
  private final Weights lexical;

  FactModel(Weights semantic, Weights lexical) {
    this.semantic = semantic;
    this.lexical = lexical;
  }

  /** The weights for answers with (or without) semantic similarity. */
  Weights weights(boolean withSimilarity) {
    return withSimilarity ? semantic : lexical;
  }

  private static final class Holder {
    static final FactModel BUNDLED = load();
  }

  /** The model shipped with the engine, read once. */
  static FactModel bundled() {
    return Holder.BUNDLED;
  }

  private static FactModel load() {
    try (InputStream in = FactModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the fact model " + RESOURCE + " is not on the classpath");
      }
      Properties p = new Properties();
      p.load(in);
      return new FactModel(weights(p, "semantic"), weights(p, "lexical"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fact model", e);
    }
  }

  /** Reads one pair of weights; a missing or malformed weight names itself. */
  static Weights weights(Properties p, String prefix) {
    List<String> problems = new ArrayList<>();
    double[] rank = read(p, prefix + ".rank.", RANK_FEATURES, problems);
    double[] answer = read(p, prefix + ".answer.", ANSWER_FEATURES, problems);
    double bias = read(p, prefix + ".answer.", List.of("bias"), problems)[0];
    double threshold = read(p, prefix + ".", List.of("threshold"), problems)[0];
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "the fact model is incomplete: " + String.join(", ", problems));
    }
    return new Weights(rank, answer, bias, threshold);
  }

  private static double[] read(
      Properties p, String prefix, List<String> names, List<String> problems) {
    double[] w = new double[names.size()];
    for (int i = 0; i < w.length; i++) {
      String key = prefix + names.get(i);
      String value = p.getProperty(key);
      try {
        w[i] = Double.parseDouble(value);
      } catch (NullPointerException | NumberFormatException e) {
        problems.add(key + (value == null ? " missing" : " not a number: " + value));
      }
    }
    return w;
  }

  /** Writes a pair of weights as properties (for the trainer). */
  static void write(Properties p, String prefix, Weights w) {
    for (int i = 0; i < RANK_FEATURES.size(); i++) {
      p.setProperty(prefix + ".rank." + RANK_FEATURES.get(i), format(w.rank()[i]));
    }
    for (int i = 0; i < ANSWER_FEATURES.size(); i++) {
      p.setProperty(prefix + ".answer." + ANSWER_FEATURES.get(i), format(w.answer()[i]));
    }
    p.setProperty(prefix + ".answer.bias", format(w.bias()));
    p.setProperty(prefix + ".threshold", format(w.threshold()));
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
