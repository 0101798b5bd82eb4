package dev.briefing.app.wiring;

import dev.briefing.app.config.BriefingConfig.Retrieval;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.spi.SentenceEmbedder;
import dev.briefing.embeddings.OnnxSentenceEmbedder;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the real engine: the English language pipeline, plus the sentence-embedding model when
 * {@code retrieval.embeddings} is on. Only then is the model loaded, on its own thread while the
 * language models load. A model that cannot load (no native tokenizer library for this platform,
 * say) leaves the engine on BM25 alone, with a warning, rather than stopping the bot.
 */
public final class CoreFactory implements Function<Retrieval, BriefingCore> {
  private static final Logger log = LoggerFactory.getLogger(CoreFactory.class);

  private final Supplier<SentenceEmbedder> embedder;

  /**
   * @param embedder loads the embedding model; called only when embeddings are on
   */
  CoreFactory(Supplier<SentenceEmbedder> embedder) {
    this.embedder = embedder;
  }

  /** all-MiniLM-L6-v2, embedding a new article's sentences on one daemon thread per processor. */
  public static CoreFactory withMiniLm() {
    int threads = Runtime.getRuntime().availableProcessors();
    return new CoreFactory(
        () ->
            OnnxSentenceEmbedder.allMiniLmL6V2(
                Executors.newFixedThreadPool(threads, task -> daemon(task, "sentence-embedding"))));
  }

  @Override
  public BriefingCore apply(Retrieval retrieval) {
    FutureTask<SentenceEmbedder> loading = new FutureTask<>(this::loadEmbedder);
    if (retrieval.embeddings()) {
      daemon(loading, "embedding-model-load").start();
    }
    return BriefingCore.createDefault(
        () -> retrieval.embeddings() ? await(loading) : SentenceEmbedder.NONE);
  }

  private SentenceEmbedder loadEmbedder() {
    try {
      return embedder.get();
    } catch (RuntimeException | LinkageError e) { // a missing native library is a LinkageError
      log.warn(
          "Sentence embeddings are off, the model did not load: {}. Answers use BM25 alone.",
          e.toString());
      log.debug("Stack trace", e);
      return SentenceEmbedder.NONE;
    }
  }

  private static SentenceEmbedder await(FutureTask<SentenceEmbedder> loading) {
    try {
      return loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedding model loaded", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the embedding model failed to load", e.getCause());
    }
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }
}
