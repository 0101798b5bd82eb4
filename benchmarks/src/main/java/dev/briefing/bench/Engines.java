package dev.briefing.bench;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.DefaultBriefingEngine;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.nlp.LanguagePipeline;
import dev.briefing.core.nlp.OpenNlpPipeline;
import dev.briefing.embeddings.OnnxSentenceEmbedder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The two engines the app can run: {@code bm25} ({@link BriefingCore#createDefault()}, retrieval by
 * BM25 alone) and {@code minilm} (BM25 blended with all-MiniLM-L6-v2, the app's default, wired as
 * the app's {@code CoreFactory} wires it: one embedding thread per processor).
 */
final class Engines {
  static final String BM25 = "bm25";
  static final String MINILM = "minilm";

  private Engines() {}

  static BriefingCore create(String retrieval) {
    return switch (retrieval) {
      case BM25 -> BriefingCore.createDefault();
      case MINILM -> withMiniLm();
      default ->
          throw new IllegalArgumentException(
              "unknown retrieval " + retrieval + "; use " + BM25 + " or " + MINILM);
    };
  }

  private static BriefingCore withMiniLm() {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "sentence-embedding");
              thread.setDaemon(true);
              return thread;
            });
    LanguagePipeline nlp = new OpenNlpPipeline();
    return new BriefingCore(
        new DefaultArticleReader(nlp),
        new DefaultBriefingEngine(nlp, OnnxSentenceEmbedder.allMiniLmL6V2(pool)));
  }
}
