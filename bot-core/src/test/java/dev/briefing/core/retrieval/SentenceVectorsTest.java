package dev.briefing.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.briefing.core.spi.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {
  @Test
  void halfPrecisionRoundsToTheNearestHalf() {
    for (float f : new float[] {0f, 1f, -1f, 0.5f, 0.1f, -0.333f, 1e-5f, 6.1e-5f, 65504f, 2048f}) {
      float back = SentenceVectors.decode(SentenceVectors.encode(f));
      assertThat(back).isCloseTo(f, within(Math.max(Math.abs(f) / 1024, 6e-8f)));
    }
    assertThat(SentenceVectors.decode(SentenceVectors.encode(1e9f))).isEqualTo(65504f);
    for (int h = 0; h < 0x7C00; h++) {
      float f = SentenceVectors.decode((short) h);
      assertThat(SentenceVectors.encode(f)).isEqualTo((short) h);
      assertThat(SentenceVectors.encode(-f)).isEqualTo((short) (h == 0 ? 0x8000 : h | 0x8000));
    }
  }

  @Test
  void cosinesStayWithinAThousandthOfTheFloatOnes() {
    Random random = new Random(3);
    List<float[]> vectors = new ArrayList<>();
    for (int v = 0; v < 50; v++) {
      vectors.add(normalized(random));
    }
    SentenceVectors halves = SentenceVectors.of(vectors);
    assertThat(halves.size()).isEqualTo(50);
    for (int q = 0; q < 20; q++) {
      float[] query = q < 10 ? vectors.get(q) : normalized(random);
      for (int v = 0; v < vectors.size(); v++) {
        assertThat(halves.cosine(v, query))
            .isCloseTo(SentenceEmbedder.cosine(vectors.get(v), query), within(1e-3));
      }
    }
    assertThat(SentenceVectors.of(List.of()).isEmpty()).isTrue();
  }

  private static float[] normalized(Random random) {
    float[] v = new float[384];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      v[d] = (float) random.nextGaussian();
      norm += v[d] * v[d];
    }
    for (int d = 0; d < v.length; d++) {
      v[d] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
