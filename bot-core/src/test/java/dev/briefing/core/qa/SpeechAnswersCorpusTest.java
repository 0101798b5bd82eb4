package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import dev.briefing.core.qa.SpeakerLabels.Speaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "What did X say" over many articles that each name X their own way: one label for one person, at
 * most six sentences from three articles, newest first among equals, and the rest counted and named
 * for {@code /use}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeechAnswersCorpusTest {
  /** How an article quotes Gordon Brown: as the Chancellor, the finance minister, and so on. */
  private static final List<String> QUOTING =
      List.of(
          "Chancellor Gordon Brown said %s. \"We will not gamble with %s,\" Brown said.",
          "Gordon Brown, the finance minister, said %s.",
          "Chancellor of the Exchequer Gordon Brown told MPs that %s.",
          "Speaking in Tanzania, Gordon Brown said %s.");

  /** How an article names him without quoting him. */
  private static final List<String> MENTIONING =
      List.of(
          "Gordon Brown arrived in Tanzania on Monday for talks on %2$s.",
          "Critics compared the plan with the %2$s policies of Gordon Brown.");

  private static final List<String> TOPICS =
      List.of(
          "schools",
          "railways",
          "pensions",
          "hospitals",
          "housing",
          "farming",
          "roads",
          "prisons",
          "libraries",
          "ports");

  private final BriefingEngine engine = SharedCore.get().engine();

  /** Article i is the i-th published; every third one only mentions him. */
  private final List<AnalyzedArticle> byIndex = new ArrayList<>();

  private List<AnalyzedArticle> newestFirst;

  @BeforeAll
  void analyzeCorpus() {
    for (int i = 0; i < TOPICS.size(); i++) {
      byIndex.add(article(i, quotes(i) ? QUOTING.get(i % QUOTING.size()) : MENTIONING.get(i % 2)));
    }
    newestFirst = new ArrayList<>(byIndex);
    Collections.reverse(newestFirst);
  }

  private static boolean quotes(int i) {
    return i % 3 != 2;
  }

  private AnalyzedArticle article(int i, String template) {
    String topic = TOPICS.get(i);
    String title = "Brown and the " + topic + " plan";
    String text =
        title
            + "\n\n"
            + String.format(template, "the " + topic + " budget would rise next year", topic)
            + "\n\nOpposition spokesman Tom Reed said the "
            + topic
            + " plan came too late.\n\nThe vote is due in March.";
    return engine.analyze(SharedCore.article("brown-" + i + ".txt", text));
  }

  private String id(int i) {
    return byIndex.get(i).article().id();
  }

  private static List<String> articles(Answer a) {
    return a.citations().stream().map(Citation::article).distinct().toList();
  }

  /** The line after each "In "…":" line. */
  private static List<String> labels(Answer a) {
    List<String> lines = a.text().lines().toList();
    return IntStream.range(0, lines.size() - 1)
        .filter(i -> lines.get(i).startsWith("In \""))
        .mapToObj(i -> lines.get(i + 1))
        .toList();
  }

  @Test
  void quotesOnePersonUnderOneLabelFromAtMostThreeArticles() {
    Answer a = engine.ask(newestFirst, "What did Gordon Brown say?");

    assertThat(a.found()).isTrue();
    assertThat(a.citations()).hasSizeLessThanOrEqualTo(SpeechAnswers.MAX_SENTENCES);
    assertThat(articles(a)).hasSize(SpeechAnswers.MAX_ARTICLES);
    assertThat(labels(a)).hasSize(3).containsOnly("Gordon Brown:");
    assertThat(a.text()).doesNotContain("Exchequer Gordon Brown").doesNotContain("Tom Reed");
  }

  @Test
  void ranksEqualArticlesNewestFirst() {
    Answer a = engine.ask(newestFirst, "What did Gordon Brown say?");

    // articles 4 and 0 quote him alike (the likeliest way): the newer one first
    assertThat(articles(a).subList(0, 2)).containsExactly(id(4), id(0));
  }

  @Test
  void countsAndNamesTheMoreArticlesThatQuoteHimNotThoseThatMentionHim() {
    Answer a = engine.ask(newestFirst, "What did Gordon Brown say?");

    List<String> shown = articles(a);
    List<Integer> rest =
        IntStream.range(0, TOPICS.size())
            .filter(i -> quotes(i) && !shown.contains(id(i)))
            .boxed()
            .toList();
    assertThat(rest).hasSize(4);
    String more = a.text().lines().reduce((x, y) -> y).orElseThrow();
    assertThat(more)
        .startsWith(
            "4 more articles quote Gordon Brown. Ask one of them alone with /use and its id:")
        .endsWith("and 1 other; \"What did Gordon Brown say about …?\" narrows them down.");
    assertThat(rest.stream().filter(i -> more.contains("(" + id(i) + ")"))).hasSize(3);
    for (int silent : new int[] {2, 5, 8}) {
      assertThat(a.text()).doesNotContain(id(silent));
      assertThat(shown).doesNotContain(id(silent));
    }
  }

  @Test
  void aTalkativeArticleDoesNotCrowdOutTheOthers() {
    StringBuilder text = new StringBuilder("Brown Takes Questions\n\n");
    for (String topic : TOPICS.subList(0, 7)) {
      text.append("\"We will spend more on ").append(topic).append(",\" Gordon Brown said. ");
    }
    List<AnalyzedArticle> scope = new ArrayList<>(newestFirst);
    scope.add(0, engine.analyze(SharedCore.article("talkative.txt", text.toString())));

    Answer a = engine.ask(scope, "What did Gordon Brown say?");

    assertThat(a.citations()).hasSize(SpeechAnswers.MAX_SENTENCES);
    assertThat(articles(a)).hasSize(SpeechAnswers.MAX_ARTICLES);
    assertThat(a.text()).contains("5 more articles quote Gordon Brown.");
  }

  @Test
  void resolvesASurnameToTheFullName() {
    Answer a = engine.ask(newestFirst, "What did Brown say?");

    assertThat(labels(a)).hasSize(3).containsOnly("Gordon Brown:");
    assertThat(a.text()).contains("4 more articles quote Gordon Brown.");
  }

  @Test
  void keepsTheRoleWhenEveryArticleAgrees() {
    Answer a = engine.ask(newestFirst, "What did Tom Reed say?");

    assertThat(labels(a)).hasSize(3).containsOnly("Tom Reed (spokesman):");
    assertThat(a.citations()).allMatch(c -> c.text().contains("Tom Reed"));
    assertThat(a.text()).contains("7 more articles quote Tom Reed.");
  }

  @Test
  void keepsTwoPeopleWithOneSurnameApart() {
    AnalyzedArticle senator =
        engine.analyze(
            SharedCore.article(
                "senator.txt",
                "Senator Defends Trade Bill\n\nSenator Sherrod Brown said the trade bill would"
                    + " protect steel jobs. \"We will not gamble with Ohio,\" Brown said."));
    List<AnalyzedArticle> scope = new ArrayList<>(newestFirst);
    scope.add(0, senator);

    Answer a = engine.ask(scope, "What did Brown say?");

    assertThat(labels(a))
        .containsExactly("Sherrod Brown (Senator):", "Gordon Brown:", "Gordon Brown:");
    assertThat(a.text()).contains("5 more articles quote Brown.");
  }

  @Test
  void saysAtLeastWhenALargeScopeIsCutToTheNewestArticlesThatNameHim() {
    List<AnalyzedArticle> large = new ArrayList<>();
    for (int i = 0; i < CorpusSelection.NAMED_ARTICLES + 10; i++) {
      String text =
          "Brown on the budget, part "
              + (i + 1)
              + "\n\nChancellor Gordon Brown said spending would rise by "
              + (i + 1)
              + " percent.\n\nThe vote is due in March.";
      large.add(0, engine.analyze(SharedCore.article("large-" + i + ".txt", text)));
    }

    Answer a = engine.ask(large, "What did Gordon Brown say?");

    assertThat(articles(a)).containsExactly(id(large, 0), id(large, 1), id(large, 2));
    assertThat(a.text())
        .contains(
            "At least "
                + (CorpusSelection.NAMED_ARTICLES - 3)
                + " more articles quote Gordon Brown.");
  }

  private static String id(List<AnalyzedArticle> scope, int i) {
    return scope.get(i).article().id();
  }

  @Test
  void oneArticleKeepsItsOwnLabel() {
    Answer a = engine.ask(List.of(byIndex.get(1)), "What did Gordon Brown say?");

    assertThat(a.text()).startsWith("Gordon Brown (finance minister):\n").doesNotContain("more");
  }

  @Test
  void anUnrelatedQuestionIsNotFoundAndNamesEachSpeakerOnce() {
    Answer a = engine.ask(newestFirst, "What did Zebulon Quartermaine say?");

    assertThat(a.found()).isFalse();
    assertThat(a.citations()).isEmpty();
    assertThat(a.text())
        .isEqualTo(
            "No article quotes Zebulon Quartermaine. They quote: Gordon Brown; Tom Reed (spokesman).");
  }

  @Test
  void labelsMergeAliasesAndDropRolesTheArticlesDisagreeOn() {
    List<String> labels =
        SpeakerLabels.of(
            List.of(
                new Speaker("Gordon Brown", "Chancellor"),
                new Speaker("Gordon Brown", "finance minister"),
                new Speaker("Exchequer Gordon Brown", "UK Chancellor of the"),
                new Speaker("Gordon Brown", "Tanzania")));

    assertThat(labels).containsOnly("Gordon Brown");
  }

  @Test
  void labelsPreferAFullNameAndKeepARoleNoArticleContradicts() {
    assertThat(
            SpeakerLabels.of(
                List.of(
                    new Speaker("Brown", ""),
                    new Speaker("Gordon Brown", "Chancellor"),
                    new Speaker("Gordon Brown", ""))))
        .containsOnly("Gordon Brown (Chancellor)");
    assertThat(
            SpeakerLabels.of(
                List.of(
                    new Speaker("Exchequer Gordon Brown", ""), new Speaker("Gordon Brown", ""))))
        .containsOnly("Gordon Brown");
    assertThat(
            SpeakerLabels.of(
                List.of(
                    new Speaker("Gordon Brown", "Chancellor"),
                    new Speaker("Sherrod Brown", "Senator"))))
        .containsExactly("Gordon Brown (Chancellor)", "Sherrod Brown (Senator)");
  }
}
