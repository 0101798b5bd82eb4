package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.model.Answer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The headline article's question mix one question at a time, to see which question types make the
 * tail of {@link AskBenchmark}. Not part of the default run (see docs/benchmarks.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class AskByQuestionBenchmark {
  static final String ARTICLE = "nato-russia";

  /**
   * The {@value #ARTICLE} mix, listed here because JMH takes its values from the annotation; {@link
   * QuestionMix} reads that article's mix from it.
   */
  @Param({
    "What did Lavrov say?",
    "What did Stoltenberg warn?",
    "What did the Kremlin report?",
    "Who is Stoltenberg?",
    "Who is Bruno Kahl?",
    "Where did Stoltenberg make his statement?",
    "When did Russia annex the Crimean Peninsula?",
    "How many years ago did the Cold War end?",
    "What did Angela Merkel say?",
    "Summarize the article."
  })
  public String question;

  /** {@code bm25}: BM25 alone; {@code minilm}: BM25 plus all-MiniLM-L6-v2, the app's default. */
  @Param({"bm25", "minilm"})
  public String retrieval;

  private BriefingCore core;
  private List<AnalyzedArticle> scope;

  @Setup(Level.Trial)
  public void setUp() {
    if (!QuestionMix.forArticle(ARTICLE).contains(question)) {
      throw new IllegalStateException("not in the " + ARTICLE + " mix: " + question);
    }
    core = Engines.create(retrieval);
    scope = List.of(SampleArticles.analyzed(core, ARTICLE));
  }

  /** The questions of the {@code question} parameter, in order. */
  static List<String> questions() {
    try {
      return List.of(
          AskByQuestionBenchmark.class.getField("question").getAnnotation(Param.class).value());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("the question parameter is gone", e);
    }
  }

  @Benchmark
  public Answer ask() {
    return core.engine().ask(scope, question);
  }
}
