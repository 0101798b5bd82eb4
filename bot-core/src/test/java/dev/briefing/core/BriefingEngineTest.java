package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingEngineTest {
  private static final String STORY =
      "Harbour Bridge Reopens After Repairs\n\n"
          + "The Harbour Bridge reopened on Saturday after eight months of repairs that cost 95"
          + " million dollars.\n\n"
          + "Transport Secretary Lucy Grant said the bridge was safe. \"We checked every bolt,\""
          + " she said.\n\n"
          + "Engineer Paul Dunne, who led the inspection, warned that traffic limits would stay"
          + " until May. \"Heavy trucks must wait,\" Dunne said.\n\n"
          + "Local shop owner Kim Tran welcomed the news.";

  private final BriefingEngine engine = SharedCore.get().engine();

  @Test
  void answersWhatSpeakerSaidWithCitationAndNothingFromOthers() {
    Answer a = SharedCore.ask(STORY, "What did Grant say?");
    assertThat(a.found()).isTrue();
    assertThat(a.text()).contains("We checked every bolt").doesNotContain("Heavy trucks");
    assertThat(a.citations()).extracting(Citation::sentence).containsExactly(3, 4);
  }

  @Test
  void findsSpeakerByRole() {
    Answer a = SharedCore.ask(STORY, "What did the engineer say?");
    assertThat(a.text()).contains("Heavy trucks must wait").doesNotContain("every bolt");
  }

  @Test
  void saysWhoIsQuotedWhenAPersonIsAbsentOrSilent() {
    Answer absent = SharedCore.ask(STORY, "What did Boris Lind say?");
    assertThat(absent.found()).isFalse();
    assertThat(absent.citations()).isEmpty();
    assertThat(absent.text()).contains("Lucy Grant").contains("Paul Dunne");
    Answer silent = SharedCore.ask(STORY, "What did Kim Tran say?");
    assertThat(silent.found()).isFalse();
    assertThat(silent.text()).contains("mentions Kim Tran");
  }

  @Test
  void answersFactualQuestionsWithTheSentenceThatHoldsTheFact() {
    assertThat(SharedCore.ask(STORY, "How much did the repairs cost?").text())
        .contains("95 million dollars");
    assertThat(SharedCore.ask(STORY, "When will traffic limits end?").text()).contains("until May");
    assertThat(SharedCore.ask(STORY, "Who is Lucy Grant?").text()).contains("Transport Secretary");
  }

  @Test
  void saysSoWhenTheArticleDoesNotCoverATopic() {
    Answer a = SharedCore.ask(STORY, "What is the unemployment rate in Spain?");
    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
  }

  @Test
  void citationsNameTheRightArticleAcrossSeveralArticles() {
    AnalyzedArticle bridge = SharedCore.analyzed(STORY);
    AnalyzedArticle other =
        SharedCore.analyzed(
            "Library Extends Hours\n\nThe city library will open on Sundays, director Ann Moe said.");
    Answer a = engine.ask(List.of(other, bridge), "What did Dunne say?");
    assertThat(a.citations()).isNotEmpty().allMatch(c -> c.article().equals(bridge.article().id()));
  }

  @Test
  void summaryHasRequestedSentencesInArticleOrderWithoutDanglingPronoun() {
    AnalyzedArticle bridge = SharedCore.analyzed(STORY);
    Answer s = engine.summarize(bridge, 2);
    assertThat(s.citations()).hasSize(2);
    assertThat(s.citations()).extracting(Citation::sentence).isSorted();
    assertThat(s.citations()).noneMatch(c -> c.text().startsWith("\"We checked"));
  }

  @Test
  void everyCitationIsTheArticleSentenceVerbatim() {
    AnalyzedArticle bridge = SharedCore.analyzed(STORY);
    for (String q :
        List.of(
            "What did Grant say?",
            "Who is mentioned?",
            "summarize",
            "When did the bridge reopen?")) {
      for (Citation c : engine.ask(List.of(bridge), q).citations()) {
        assertThat(c.text()).isEqualTo(bridge.article().sentence(c.sentence()).text());
      }
    }
  }

  @Test
  void rejectsHugeQuestionsWithAClearMessage() {
    AnalyzedArticle bridge = SharedCore.analyzed(STORY);
    assertThatThrownBy(() -> engine.ask(List.of(bridge), "why ".repeat(2000)))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("too long");
  }
}
