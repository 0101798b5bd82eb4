package dev.briefing.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.app.config.BriefingConfig.Retrieval;
import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.spi.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreFactoryTest {
  private static final String ARTICLE = "Council passes budget\n\nThe vote was 31 to 12.";

  private final List<String> embedded = new ArrayList<>();
  private int loads;

  private final SentenceEmbedder recording =
      texts -> {
        embedded.addAll(texts);
        return texts.stream().map(t -> new float[] {1, 0}).toList();
      };

  @Test
  void neverLoadsTheModelWhenEmbeddingsAreOff() {
    BriefingCore core = factory(recording).apply(new Retrieval(false));

    assertThat(answer(core)).contains("31 to 12");
    assertThat(loads).isZero();
    assertThat(embedded).isEmpty();
  }

  @Test
  void embedsArticleSentencesAndQuestionsWhenOn() {
    BriefingCore core = factory(recording).apply(new Retrieval(true));

    assertThat(answer(core)).contains("31 to 12");
    assertThat(loads).isEqualTo(1);
    assertThat(embedded).contains("The vote was 31 to 12.", "What was the vote?");
  }

  @Test
  void answersWithBm25AloneWhenTheModelCannotLoad() {
    BriefingCore core =
        new CoreFactory(
                () -> {
                  throw new UnsatisfiedLinkError("no libtokenizers for this platform");
                })
            .apply(new Retrieval(true));

    assertThat(answer(core)).contains("31 to 12");
  }

  private CoreFactory factory(SentenceEmbedder embedder) {
    return new CoreFactory(
        () -> {
          loads++;
          return embedder;
        });
  }

  private static String answer(BriefingCore core) {
    AnalyzedArticle article = core.engine().analyze(core.reader().parse("budget.txt", ARTICLE));
    return core.engine().ask(List.of(article), "What was the vote?").text();
  }
}
