package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.SourceList.Cite;
import dev.briefing.core.chat.SourceList.Source;
import dev.briefing.core.model.Citation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceListTest {
  private static final ArticleRef HARBOUR =
      new ArticleRef("Harbour reopens", Optional.of("https://n.example/harbour"));
  private static final ArticleRef BUDGET = new ArticleRef("Budget passes", Optional.empty());

  @Test
  void groupsCitationsByArticleInFirstCitedOrderKeepingTheirNumbers() {
    Reply reply =
        new Reply(
                "Ships return. [1]\nThe vote was close. [2]\nCranes move. [3]",
                List.of(
                    new Citation("h", 4, "Ships return."),
                    new Citation("b", 2, "The vote was close."),
                    new Citation("h", 9, "Cranes move.")))
            .withArticles(Map.of("h", HARBOUR, "b", BUDGET));

    List<Source> sources = SourceList.of(reply).sources();

    assertThat(sources)
        .extracting(Source::title)
        .containsExactly("Harbour reopens", "Budget passes");
    assertThat(sources.get(0).cites()).extracting(Cite::number).containsExactly(1, 3);
    assertThat(sources.get(0).cites())
        .extracting(Cite::where)
        .containsExactly("sentence 4", "sentence 9");
    assertThat(sources.get(1).cites()).extracting(Cite::marker).containsExactly("[2]");
    assertThat(sources).flatExtracting(Source::cites).allMatch(Cite::quoted);
  }

  @Test
  void linksTheArticleAndEachSentenceWhenTheArticleHasAWebLink() {
    Reply reply =
        new Reply("Ships return. [1]", List.of(new Citation("h", 4, "Ships return.")))
            .withArticles(Map.of("h", HARBOUR));

    Source source = SourceList.of(reply).sources().get(0);

    assertThat(source.link()).contains("https://n.example/harbour");
    assertThat(source.cites().get(0).link())
        .contains("https://n.example/harbour#:~:text=Ships%20return.");
  }

  @Test
  void withoutAWebLinkNothingIsLinked() {
    Reply reply =
        new Reply("Ships return. [1]", List.of(new Citation("h", 4, "Ships return.")))
            .withArticles(Map.of("h", new ArticleRef("Harbour", Optional.of("javascript:x"))));

    Source source = SourceList.of(reply).sources().get(0);

    assertThat(source.link()).isEmpty();
    assertThat(source.cites().get(0).link()).isEmpty();
  }

  @Test
  void anArticleTheReplyDoesNotNameIsNamedByItsId() {
    Reply reply = new Reply("x [1]", List.of(new Citation("memo-7", 1, "x")));

    assertThat(SourceList.of(reply).sources()).extracting(Source::title).containsExactly("memo-7");
  }

  @Test
  void aCitationIsQuotedOnlyWhenTheBodyHoldsBothItsSentenceAndItsMarker() {
    Reply reply =
        new Reply(
            "Ships return. [1]\nThe vote was close.\nSomething else [3]",
            List.of(
                new Citation("h", 4, "Ships return."),
                new Citation("h", 5, "The vote was close."),
                new Citation("h", 6, "Cranes move.")));

    assertThat(SourceList.of(reply).sources().get(0).cites())
        .extracting(Cite::quoted)
        .containsExactly(true, false, false);
  }

  @Test
  void aReplyWithoutCitationsHasNoSources() {
    assertThat(SourceList.of(Reply.text("Hello [1]")).isEmpty()).isTrue();
  }
}
