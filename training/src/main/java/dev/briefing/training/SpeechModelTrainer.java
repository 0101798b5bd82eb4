package dev.briefing.training;

import dev.briefing.core.analysis.DiscourseAnalyzer;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.model.Article;
import dev.briefing.core.nlp.OpenNlpPipeline;
import dev.briefing.core.qa.IndexedArticle;
import dev.briefing.core.qa.Question;
import dev.briefing.core.qa.QuestionParser;
import dev.briefing.core.qa.speech.SpeechFeatures;
import dev.briefing.core.qa.speech.SpeechModel;
import dev.briefing.core.qa.speech.SpeechTarget;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import dev.briefing.training.QuoteArticle.Asked;
import dev.briefing.training.QuoteArticle.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the who-said-what model ({@link SpeechModel}) on annotated news and picks its threshold on
 * a held-out fifth of the training articles.
 *
 * <pre>
 * python3 training/scripts/export_quotes.py ../shared/eval/quotes train &gt; /tmp/quotes-train.jsonl
 * ./mvnw -q -B -DskipTests install -pl training -am
 * java -cp "training/target/training.jar:training/target/lib/*" dev.briefing.training.SpeechModelTrainer \
 *     /tmp/quotes-train.jsonl bot-core/src/main/resources/dev/briefing/core/qa/speech
 * </pre>
 */
public final class SpeechModelTrainer {
  private static final int MAX_SENTENCES = 6;

  /**
   * The probability an answer's likeliest sentence needs. The data asks only about sources that
   * speak, so it cannot choose this; 0.30 keeps sources that are only spoken of out of answers at a
   * cost the trainer prints (held-out F1 and unanswered share with and without it).
   */
  private static final double FOUND = 0.30;

  /** One question about one article, its candidate sentences and their features. */
  private record Case(
      Asked asked,
      List<Span> neutral,
      List<Span> sentences,
      Map<Integer, List<String>> features,
      List<String> texts) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SpeechModelTrainer TRAIN.jsonl OUT_DIR [DEV.jsonl]");
      System.exit(2);
    }
    OpenNlpPipeline nlp = new OpenNlpPipeline();
    Featurizer featurizer = new Featurizer(nlp);
    List<List<Case>> byArticle = featurizer.cases(QuoteArticle.read(Path.of(args[0])));
    List<Case> fit = new ArrayList<>();
    List<Case> held = new ArrayList<>();
    for (int i = 0; i < byArticle.size(); i++) {
      (i % 5 == 4 ? held : fit).addAll(byArticle.get(i));
    }
    MaxentModel first = train(fit);
    double best = 0.5;
    double bestF = -1;
    for (double t = 0.10; t <= 0.80 + 1e-9; t += 0.05) {
      double f = meanF1(first, held, t);
      System.out.printf(Locale.ROOT, "threshold %.2f: held-out F1 %.3f%n", t, f);
      if (f > bestF) {
        bestF = f;
        best = t;
      }
    }
    String dump = System.getProperty("dump");
    if (dump != null) {
      dump(first, held, best, Path.of(dump));
    }
    List<Case> all = new ArrayList<>(fit);
    all.addAll(held);
    AbstractModel model = train(all);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    new GenericModelWriter(model, out.resolve("speech-model.bin").toFile()).persist();
    writeSettings(out.resolve("speech-model.properties"), best, bestF, all.size());
    System.out.printf(
        Locale.ROOT, "threshold %.2f (held-out F1 %.3f), %d questions%n", best, bestF, all.size());
    if (args.length > 2) {
      List<Case> dev = new ArrayList<>();
      featurizer.cases(QuoteArticle.read(Path.of(args[2]))).forEach(dev::addAll);
      System.out.printf(
          Locale.ROOT, "dev F1 %.3f (%d questions)%n", meanF1(model, dev, best), dev.size());
    }
  }

  private static AbstractModel train(List<Case> cases) throws IOException {
    List<Event> events = new ArrayList<>();
    for (Case c : cases) {
      for (Map.Entry<Integer, List<String>> e : c.features().entrySet()) {
        Span s = c.sentences().get(e.getKey() - 1);
        String outcome;
        if (s.overlapsAny(c.asked().speech())) {
          outcome = SpeechModel.SPEECH;
        } else if (s.overlapsAny(c.asked().gold()) || s.overlapsAny(c.neutral())) {
          continue; // the source believes or wants rather than says, or someone unnamed speaks
        } else {
          outcome = SpeechModel.OTHER;
        }
        events.add(new Event(outcome, e.getValue().toArray(String[]::new)));
      }
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put(TrainingParameters.ITERATIONS_PARAM, 300);
    p.put(TrainingParameters.CUTOFF_PARAM, 3);
    p.put("L2Cost", 0.5);
    p.put("Threads", 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, new HashMap<>());
    return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  private static double meanF1(MaxentModel maxent, List<Case> cases, double threshold) {
    int unanswered = 0;
    SpeechModel model = new SpeechModel(maxent, threshold, Math.max(threshold, FOUND));
    double sum = 0;
    for (Case c : cases) {
      Map<Integer, Double> p = model.probabilities(c.features());
      List<Span> cited = new ArrayList<>();
      for (int n : model.cite(p, MAX_SENTENCES)) {
        cited.add(c.sentences().get(n - 1));
      }
      sum += AttributionScore.of(c.asked(), c.neutral(), cited).f1();
      unanswered += cited.isEmpty() ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "  threshold %.2f: %d of %d unanswered%n",
        threshold,
        unanswered,
        cases.size());
    return cases.isEmpty() ? 0 : sum / cases.size();
  }

  /** Held-out questions, worst first: what was cited, what was missed, and why. */
  private static void dump(MaxentModel maxent, List<Case> cases, double threshold, Path file)
      throws IOException {
    SpeechModel model = new SpeechModel(maxent, threshold, Math.max(threshold, FOUND));
    List<String> blocks = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (Case c : cases) {
      Map<Integer, Double> p = model.probabilities(c.features());
      List<Integer> chosen = model.cite(p, MAX_SENTENCES);
      List<Span> cited = chosen.stream().map(n -> c.sentences().get(n - 1)).toList();
      AttributionScore score = AttributionScore.of(c.asked(), c.neutral(), cited);
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "## %s  [%s] P %.2f R %.2f F %.2f%n",
              c.asked().question(),
              c.asked().kind(),
              score.precision(),
              score.recall(),
              score.f1()));
      for (int n = 1; n <= c.sentences().size(); n++) {
        Span s = c.sentences().get(n - 1);
        boolean gold = s.overlapsAny(c.asked().speech()) || s.overlapsAny(c.asked().gold());
        boolean cand = p.containsKey(n);
        if (!gold && !cand) {
          continue;
        }
        String text = c.texts().get(n - 1);
        b.append(
            String.format(
                Locale.ROOT,
                "%s%s %3d %s %s%n",
                gold ? "G" : "-",
                chosen.contains(n) ? "C" : "-",
                n,
                cand ? String.format(Locale.ROOT, "%.2f", p.get(n)) : "----",
                text.length() > 160 ? text.substring(0, 160) : text));
        if (cand && (gold != chosen.contains(n))) {
          b.append("        ").append(c.features().get(n)).append('\n');
        }
      }
      blocks.add(b.toString());
      scores.add(score.f1());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      order.add(i);
    }
    order.sort(java.util.Comparator.comparingDouble(scores::get));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i : order) {
        w.write(blocks.get(i));
      }
    }
  }

  private static void writeSettings(Path file, double threshold, double heldF1, int questions)
      throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "# The who-said-what model's settings, written by dev.briefing.training.SpeechModelTrainer\n");
      w.write(
          "# on "
              + LocalDate.now()
              + " from "
              + questions
              + " questions of the PolNeAR train split\n");
      w.write("# (networkdynamics/PolNeAR; docs/quality.md names the command and the data).\n");
      w.write(String.format(Locale.ROOT, "# held-out F1 at the threshold: %.3f%n", heldF1));
      w.write(String.format(Locale.ROOT, "threshold=%.2f%n", threshold));
      w.write(String.format(Locale.ROOT, "found=%.2f%n", Math.max(threshold, FOUND)));
    }
  }

  /** Reads and analyzes the articles as the app does, then describes each question's sentences. */
  private static final class Featurizer {
    private final DefaultArticleReader reader;
    private final DiscourseAnalyzer analyzer;
    private final QuestionParser parser = new QuestionParser();

    Featurizer(OpenNlpPipeline nlp) {
      this.reader = new DefaultArticleReader(nlp);
      this.analyzer =
          new DiscourseAnalyzer(nlp); // as DefaultBriefingEngine.analyze, without a model
    }

    List<List<Case>> cases(List<QuoteArticle> articles) {
      List<List<Case>> out = new ArrayList<>();
      int unparsed = 0;
      for (QuoteArticle qa : articles) {
        Article article = reader.parse(qa.id() + ".txt", qa.text());
        IndexedArticle indexed =
            new IndexedArticle(
                article,
                analyzer.analyze(article),
                new LuceneSentenceIndex(article.sentences()),
                List.of());
        List<Span> spans = SentenceSpans.of(article, qa.text());
        List<Case> cases = new ArrayList<>();
        for (Asked asked : qa.questions()) {
          Question q = parser.parse(asked.question());
          if (q.kind() != Question.Kind.SPEECH) {
            unparsed++;
            continue;
          }
          SpeechTarget target = SpeechTarget.of(indexed, q.target());
          List<String> texts = article.sentences().stream().map(x -> x.text()).toList();
          cases.add(
              new Case(asked, qa.neutral(), spans, SpeechFeatures.of(indexed, target), texts));
        }
        out.add(cases);
      }
      if (unparsed > 0) {
        System.err.println(unparsed + " questions were not read as who-said-what questions");
      }
      return out;
    }
  }
}
