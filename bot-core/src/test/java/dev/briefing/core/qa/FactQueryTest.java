package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The names and the negation a factual question carries besides its search words. */
class FactQueryTest {
  private final QuestionParser parser = new QuestionParser();

  private FactQuery query(String question) {
    return FactQuery.of(parser.parse(question));
  }

  @Test
  void findsCapitalizedWordsAfterTheFirstAsNames() {
    assertThat(query("When did the Oslo council vote?").names()).containsExactly("Oslo");
    assertThat(query("Which painting did Karen Holst sell?").names())
        .containsExactly("Karen", "Holst");
  }

  @Test
  void doesNotTakeTheCapitalizedFirstWordForAName() {
    assertThat(query("When did the council vote?").names()).isEmpty();
    assertThat(query("Bergen voted on what?").names()).isEmpty();
  }

  @Test
  void dropsThePossessiveFromAName() {
    assertThat(query("What was Fjordlink's net profit?").names()).containsExactly("Fjordlink");
    assertThat(query("What was Fjordlink’s net profit?").names()).containsExactly("Fjordlink");
  }

  @Test
  void ignoresSingleCapitalLetters() {
    assertThat(query("What should I know about the ferry contract?").names()).isEmpty();
  }

  @Test
  void searchesWithoutTheQuestionWords() {
    String search = query("When did the Oslo council vote?").searchText();
    assertThat(search).contains("oslo", "council", "vote").doesNotContain("when", "did");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Which bridge was not closed?",
        "Why didn't the council vote?",
        "Why didn’t the council vote?",
        "Which councillor has never voted against the mayor?",
        "Which district was left without buses?",
        "Which operator made no bid?",
        "What did nobody expect?"
      })
  void detectsANegatedQuestion(String question) {
    assertThat(query(question).negated()).as(question).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Which bridge was closed?",
        "Which notes did the council publish?",
        "Who won the Nobel prize?",
        "What did the nominee say about the knot of roads?",
        "Which nation signed first?"
      })
  void doesNotReadWordsThatMerelyContainNegationsAsNegated(String question) {
    assertThat(query(question).negated()).as(question).isFalse();
  }

  @Test
  void findsNegationInASentence() {
    assertThat(FactQuery.hasNegation("The council did not set a date for the vote.")).isTrue();
    assertThat(FactQuery.hasNegation("The mayor hasn't said when the bridge reopens.")).isTrue();
    assertThat(FactQuery.hasNegation("We have never sent it abroad before.")).isTrue();
    assertThat(FactQuery.hasNegation("The town was without power for a day.")).isTrue();
    assertThat(FactQuery.hasNegation("Nobody will miss the queue on the bridge.")).isTrue();
    assertThat(FactQuery.hasNegation("NOT ONE BOAT SAILED.")).isTrue();
  }

  @Test
  void findsNoNegationInAPlainStatement() {
    assertThat(FactQuery.hasNegation("Councillors closed the Sandvik Bridge on Tuesday."))
        .isFalse();
    assertThat(FactQuery.hasNegation("A notice about the closure was posted at noon.")).isFalse();
    assertThat(FactQuery.hasNegation("Another ferry joins the route in November.")).isFalse();
  }
}
