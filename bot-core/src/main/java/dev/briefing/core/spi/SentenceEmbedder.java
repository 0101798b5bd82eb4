package dev.briefing.core.spi;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine similarity reflects meaning, so "what does Russia want"
 * can find "Russia's concerns include". Optional: the engine works without one.
 */
@FunctionalInterface
public interface SentenceEmbedder {
  /** No semantic similarity: retrieval is BM25 alone. */
  SentenceEmbedder NONE = texts -> List.of();

  /**
   * Embeds texts in one batch.
   *
   * @return one normalized vector per text, or an empty list when this embedder is disabled
   */
  List<float[]> embed(List<String> texts);

  /** Cosine similarity of two normalized vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
