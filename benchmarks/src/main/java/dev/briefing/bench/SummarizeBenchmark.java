package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.model.Answer;
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

/** A 3-sentence extractive summary of an article that is already analyzed. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SummarizeBenchmark {
  @Param({"nato-russia", "tram-extension", "chipmaker-quarter"})
  public String article;

  private BriefingEngine engine;
  private AnalyzedArticle analyzed;

  @Setup(Level.Trial)
  public void setUp() {
    BriefingCore core = BriefingCore.createDefault();
    engine = core.engine();
    analyzed = SampleArticles.analyzed(core, article);
  }

  @Benchmark
  public Answer summarize() {
    return engine.summarize(analyzed, BriefingEngine.DEFAULT_SUMMARY_SENTENCES);
  }
}
