package dev.briefing.embeddings;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * A BERT-style ONNX model and tokenizer read from class-path resources (the langchain4j model
 * jars), in an ONNX session of one thread. One thread per question is faster and far steadier than
 * onnxruntime's default pool on a small machine; a batch still runs in parallel, one sentence per
 * executor thread. Unlike langchain4j's ready-made model classes it holds no static singleton, and
 * closing it frees the native session.
 */
final class JarEmbeddingModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {
  private final OnnxBertBiEncoder encoder;
  private final OrtSession session;
  private final int dimension;

  private JarEmbeddingModel(
      OnnxBertBiEncoder encoder, OrtSession session, int dimension, Executor executor) {
    super(executor);
    this.encoder = encoder;
    this.session = session;
    this.dimension = dimension;
  }

  /**
   * @param model the {@code .onnx} resource
   * @param tokenizer the {@code tokenizer.json} resource
   * @param pooling how token vectors become one sentence vector, as the model was trained
   * @param dimension the length of its vectors
   */
  static JarEmbeddingModel load(
      String model, String tokenizer, PoolingMode pooling, int dimension, Executor executor) {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        InputStream tokenizerJson = resource(tokenizer)) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      byte[] onnx;
      try (InputStream in = resource(model)) {
        onnx = in.readAllBytes();
      }
      OrtSession session = environment.createSession(onnx, options);
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(environment, session, tokenizerJson, pooling);
      return new JarEmbeddingModel(encoder, session, dimension, executor);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the embedding model " + model + ": " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + model, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = JarEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " is not on the class path: is its model jar missing?");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimension;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model: " + e, e);
    }
  }
}
