package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import dev.briefing.core.retrieval.NewsCorpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers across articles: newest first, in small scopes and in scopes large enough to select. */
class CorpusSelectionTest {
  private static AnalyzedArticle quoting(int day, String quote) {
    return SharedCore.get()
        .engine()
        .analyze(
            SharedCore.article(
                "day-" + day + ".txt",
                "Harbour works, day "
                    + day
                    + "\n\n“"
                    + quote
                    + ",” said Ottoline Brisbourne, the director of the harbour board. "
                    + "The board met on day "
                    + day
                    + " of the works.\n"));
  }

  private static List<String> articlesCited(Answer answer) {
    return answer.citations().stream().map(Citation::article).distinct().toList();
  }

  @Test
  void aPersonQuotedInThreeArticlesIsQuotedFromEachNewestFirst() {
    AnalyzedArticle oldest = quoting(1, "The quay walls are older than anyone thought");
    AnalyzedArticle middle = quoting(2, "We found the cracks just in time");
    AnalyzedArticle newest = quoting(3, "The harbour reopens next spring");
    List<AnalyzedArticle> small = List.of(newest, middle, oldest);
    List<String> expected =
        List.of(newest.article().id(), middle.article().id(), oldest.article().id());

    Answer answer = SharedCore.get().engine().ask(small, "What did Ottoline Brisbourne say?");
    assertThat(articlesCited(answer)).containsExactlyElementsOf(expected);

    NewsCorpus corpus = new NewsCorpus(11, true);
    List<AnalyzedArticle> large = new ArrayList<>();
    for (int i = 0; i < CorpusSelection.SMALL_SCOPE; i++) {
      large.add(
          SharedCore.get()
              .engine()
              .analyze(SharedCore.article("g" + i + ".txt", corpus.article(i).text())));
      if (i == 3) {
        large.add(newest);
      } else if (i == 9) {
        large.add(middle);
      }
    }
    large.add(oldest);
    Answer fromLarge = SharedCore.get().engine().ask(large, "What did Ottoline Brisbourne say?");
    assertThat(articlesCited(fromLarge)).containsExactlyElementsOf(expected);
    assertThat(fromLarge.text()).isEqualTo(answer.text());
  }
}
