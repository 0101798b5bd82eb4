package dev.briefing.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.briefing.core.spi.SentenceEmbedder;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OnnxSentenceEmbedderTest {
  private static final String PROFIT = "Net profit rose to $910 million, or $1.84 per share.";
  private static final String PARAPHRASE = "How much did the company earn?";
  private static final String UNRELATED = "The tram line will open to passengers next spring.";

  /** The shipped model, and the one it was measured against. */
  static Stream<Arguments> models() {
    Supplier<SentenceEmbedder> miniLm = () -> OnnxSentenceEmbedder.allMiniLmL6V2(Runnable::run);
    Supplier<SentenceEmbedder> bge = () -> OnnxSentenceEmbedder.bgeSmallEnV15(Runnable::run);
    return Stream.of(
        Arguments.of("all-MiniLM-L6-v2", miniLm), Arguments.of("bge-small-en-v1.5", bge));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void placesAParaphraseCloserThanAnUnrelatedSentence(
      String name, Supplier<SentenceEmbedder> model) {
    List<float[]> vectors = model.get().embed(List.of(PROFIT, PARAPHRASE, UNRELATED));

    assertThat(vectors).hasSize(3);
    double paraphrase = SentenceEmbedder.cosine(vectors.get(0), vectors.get(1));
    double unrelated = SentenceEmbedder.cosine(vectors.get(0), vectors.get(2));
    assertThat(paraphrase).isGreaterThan(unrelated + 0.1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void returnsOneUnitVectorPerTextInOrder(String name, Supplier<SentenceEmbedder> model) {
    SentenceEmbedder embedder = model.get();

    List<float[]> batch = embedder.embed(List.of(UNRELATED, PROFIT));
    float[] single = embedder.embed(List.of(PROFIT)).get(0);

    assertThat(batch).hasSize(2);
    assertThat(batch.get(1)).containsExactly(single, within(1e-4f));
    double squared = 0;
    for (float x : single) {
      squared += x * x;
    }
    assertThat(Math.sqrt(squared)).isCloseTo(1.0, within(1e-3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void embedsNothingForNoTextsAndZerosForBlankOnes(String name, Supplier<SentenceEmbedder> model) {
    SentenceEmbedder embedder = model.get();

    assertThat(embedder.embed(List.of())).isEmpty();
    List<float[]> vectors = embedder.embed(List.of(" ", PROFIT));
    assertThat(vectors).hasSize(2);
    assertThat(vectors.get(0)).hasSameSizeAs(vectors.get(1)).containsOnly(0f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void loadsWithTheTokenizerLibraryOffline(String name, Supplier<SentenceEmbedder> model) {
    model.get();

    assertThat(System.getProperty(OnnxSentenceEmbedder.DJL_OFFLINE)).isEqualTo("true");
  }
}
