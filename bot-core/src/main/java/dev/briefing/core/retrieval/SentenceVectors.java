package dev.briefing.core.retrieval;

import java.util.List;

/**
 * One article's sentence embeddings, held as half-precision (16-bit) floats: half the memory of
 * {@code float[]} vectors, and cosine similarities within about 0.001 of theirs.
 */
public final class SentenceVectors {
  /** No vectors: the engine has no embedder. */
  public static final SentenceVectors NONE = new SentenceVectors(new short[0], 0, 0);

  private static final float[] DECODED = new float[1 << 16];

  static {
    for (int h = 0; h < DECODED.length; h++) {
      DECODED[h] = decode((short) h);
    }
  }

  private final short[] halves;
  private final int dimensions;
  private final int count;

  private SentenceVectors(short[] halves, int dimensions, int count) {
    this.halves = halves;
    this.dimensions = dimensions;
    this.count = count;
  }

  /** The vectors, which must all have the same length. */
  public static SentenceVectors of(List<float[]> vectors) {
    if (vectors.isEmpty()) {
      return NONE;
    }
    int dimensions = vectors.get(0).length;
    short[] halves = new short[dimensions * vectors.size()];
    for (int v = 0; v < vectors.size(); v++) {
      float[] vector = vectors.get(v);
      if (vector.length != dimensions) {
        throw new IllegalArgumentException(
            "vector " + v + " has " + vector.length + " dimensions, not " + dimensions);
      }
      for (int d = 0; d < dimensions; d++) {
        halves[v * dimensions + d] = encode(vector[d]);
      }
    }
    return new SentenceVectors(halves, dimensions, vectors.size());
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** How many vectors: one per sentence. */
  public int size() {
    return count;
  }

  /** Vector {@code index} (0-based), as floats. */
  public float[] get(int index) {
    float[] out = new float[dimensions];
    for (int d = 0; d < dimensions; d++) {
      out[d] = DECODED[halves[index * dimensions + d] & 0xFFFF];
    }
    return out;
  }

  /** Cosine similarity of vector {@code index} (0-based) with another vector. */
  public double cosine(int index, float[] other) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    int base = index * dimensions;
    for (int d = 0; d < dimensions; d++) {
      float a = DECODED[halves[base + d] & 0xFFFF];
      dot += a * other[d];
      na += a * a;
      nb += other[d] * other[d];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** The nearest half-precision value (ties to even), clamped to ±65504. */
  static short encode(float f) {
    int sign = Float.floatToRawIntBits(f) >>> 16 & 0x8000;
    double abs = Math.abs((double) f);
    if (Double.isNaN(abs)) {
      return (short) 0x7E00;
    }
    if (abs >= 65504) {
      return (short) (sign | 0x7BFF);
    }
    if (abs < 0x1p-14) {
      return (short) (sign | (int) Math.rint(abs * 0x1p24)); // subnormal; 1024 is the least normal
    }
    int exponent = Math.getExponent(abs);
    int mantissa = (int) Math.rint((abs / Math.scalb(1.0, exponent) - 1) * 1024);
    if (mantissa == 1024) {
      mantissa = 0;
      exponent++;
    }
    if (exponent > 15) {
      return (short) (sign | 0x7BFF);
    }
    return (short) (sign | (exponent + 15) << 10 | mantissa);
  }

  static float decode(short half) {
    int h = half & 0xFFFF;
    int exponent = h >>> 10 & 0x1F;
    int mantissa = h & 0x3FF;
    float value;
    if (exponent == 0) {
      value = mantissa * 0x1p-24f;
    } else if (exponent == 31) {
      value = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
    } else {
      value = Math.scalb(1 + mantissa / 1024f, exponent - 15);
    }
    return (h & 0x8000) != 0 ? -value : value;
  }
}
