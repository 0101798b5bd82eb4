package dev.briefing.embeddings;

import dev.briefing.core.spi.SentenceEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A {@link SentenceEmbedder} on a quantized ONNX sentence-embedding model run in process with
 * langchain4j's encoder. The model and its tokenizer ship inside Maven Central jars: nothing is
 * downloaded.
 *
 * <p>The shipped model is all-MiniLM-L6-v2 (int8, 384 dimensions, 23 MB): on the evaluation cases
 * it answers more questions than bge-small-en-v1.5, with a smaller jar, a faster load and faster
 * questions (see {@code docs/embeddings.md}). The engine's fact model is trained on its
 * similarities; another model needs a retrained fact model (docs/quality.md).
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder, AutoCloseable {
  /**
   * DJL, which loads the tokenizer's native library, reads this before it calls home or downloads.
   */
  static final String DJL_OFFLINE = "ai.djl.offline";

  private final EmbeddingModel model;
  private final Runnable release;

  /** Wraps a loaded model; closing this embedder leaves the model alone. */
  public OnnxSentenceEmbedder(EmbeddingModel model) {
    this(model, () -> {});
  }

  private OnnxSentenceEmbedder(EmbeddingModel model, Runnable release) {
    this.model = model;
    this.release = release;
  }

  /**
   * Loads all-MiniLM-L6-v2 from its jar (about 0.3 s; the first load on a machine also unpacks the
   * tokenizer's native library into {@code ~/.djl.ai}).
   *
   * @param executor embeds the sentences of one batch in parallel (at ingest)
   */
  public static OnnxSentenceEmbedder allMiniLmL6V2(Executor executor) {
    return fromJar("all-minilm-l6-v2-q", PoolingMode.MEAN, executor);
  }

  /** bge-small-en-v1.5 (int8, 34 MB), for measurement: its jar is not shipped. */
  static OnnxSentenceEmbedder bgeSmallEnV15(Executor executor) {
    return fromJar("bge-small-en-v1.5-q", PoolingMode.CLS, executor);
  }

  /**
   * Loads {@code NAME.onnx} and {@code NAME-tokenizer.json}, the layout of langchain4j's model
   * jars, with DJL in offline mode (unless the caller set {@value #DJL_OFFLINE}): loading the
   * tokenizer then neither probes cloud metadata endpoints nor fetches a GPU build of its native
   * library.
   */
  private static OnnxSentenceEmbedder fromJar(String name, PoolingMode pooling, Executor executor) {
    if (System.getProperty(DJL_OFFLINE) == null) {
      System.setProperty(DJL_OFFLINE, "true");
    }
    JarEmbeddingModel model =
        JarEmbeddingModel.load(name + ".onnx", name + "-tokenizer.json", pooling, 384, executor);
    return new OnnxSentenceEmbedder(model, model::close);
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    // The model rejects blank text; such a text gets a zero vector, similar to nothing.
    List<TextSegment> segments = new ArrayList<>();
    for (String text : texts) {
      if (!text.isBlank()) {
        segments.add(TextSegment.from(text));
      }
    }
    List<Embedding> embedded = segments.isEmpty() ? List.of() : model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(texts.size());
    int next = 0;
    for (String text : texts) {
      out.add(text.isBlank() ? new float[model.dimension()] : embedded.get(next++).vector());
    }
    return out;
  }

  /** Frees the native ONNX session of a model this class loaded. */
  @Override
  public void close() {
    release.run();
  }
}
