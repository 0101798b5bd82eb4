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
 * Question to answer latency on one analyzed article: each invocation asks the next question of the
 * article's fixed {@link QuestionMix}, so the sampled distribution (p50/p99/p99.9) is that of the
 * mix, slow question types included.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class AskBenchmark {
  @Param({"nato-russia", "tram-extension", "chipmaker-quarter"})
  public String article;

  /** {@code bm25}: BM25 alone; {@code minilm}: BM25 plus all-MiniLM-L6-v2, the app's default. */
  @Param({"bm25", "minilm"})
  public String retrieval;

  private BriefingCore core;
  private List<AnalyzedArticle> scope;
  private List<String> questions;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    core = Engines.create(retrieval);
    scope = List.of(SampleArticles.analyzed(core, article));
    questions = QuestionMix.forArticle(article);
  }

  @Benchmark
  public Answer ask() {
    String question = questions.get(next);
    next = (next + 1) % questions.size();
    return core.engine().ask(scope, question);
  }
}
