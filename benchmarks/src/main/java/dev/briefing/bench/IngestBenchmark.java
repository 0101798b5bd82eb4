package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Article ingest: read the file (format detection, paragraphs, sentence splitting) and analyze it
 * (tagging, names, attributions, BM25 index), with the language models already loaded.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class IngestBenchmark {
  @Param({"nato-russia", "tram-extension", "chipmaker-quarter"})
  public String article;

  /** {@code bm25}: BM25 alone; {@code minilm}: BM25 plus all-MiniLM-L6-v2, the app's default. */
  @Param({"bm25", "minilm"})
  public String retrieval;

  private BriefingCore core;
  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    core = Engines.create(retrieval);
    dir = Files.createTempDirectory("briefing-bench");
    file = SampleArticles.copyTo(dir, article);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public AnalyzedArticle readAndAnalyze() {
    return core.engine().analyze(core.reader().read(file));
  }
}
