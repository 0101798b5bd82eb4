package dev.briefing.core;

import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.nlp.LanguagePipeline;
import dev.briefing.core.nlp.OpenNlpPipeline;
import dev.briefing.core.spi.SentenceEmbedder;
import java.util.function.Supplier;

/**
 * The engine's default wiring: the English language pipeline, the article reader and the briefing
 * engine. Loading the language models takes a few hundred milliseconds; create one and share it.
 *
 * @param reader reads article files and text
 * @param engine analyzes articles and answers about them
 */
public record BriefingCore(ArticleReader reader, BriefingEngine engine) {
  /** Loads the bundled English models and wires the default engine, on BM25 retrieval alone. */
  public static BriefingCore createDefault() {
    return createDefault(() -> SentenceEmbedder.NONE);
  }

  /**
   * Loads the bundled English models, then asks {@code embedder} for the sentence embedder to blend
   * with BM25. It is asked only once the language models have loaded, so a caller can load its
   * embedding model on another thread meanwhile.
   */
  public static BriefingCore createDefault(Supplier<? extends SentenceEmbedder> embedder) {
    LanguagePipeline nlp = new OpenNlpPipeline();
    return new BriefingCore(
        new DefaultArticleReader(nlp), new DefaultBriefingEngine(nlp, embedder.get()));
  }
}
