package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.qa.Question.Expected;
import dev.briefing.core.qa.Question.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionParserTest {
  private final QuestionParser parser = new QuestionParser();

  @ParameterizedTest
  @CsvSource({
    "What did Lavrov say?, SPEECH, lavrov",
    "what has the union chairwoman said about pay, SPEECH, the union chairwoman",
    "What were Costa's remarks?, SPEECH, costa",
    "Did the mayor say anything about taxes?, SPEECH, the mayor",
    "Who is Stoltenberg?, WHO_IS, stoltenberg",
    "tell me about the analyst, WHO_IS, the analyst",
    "Summarize, SUMMARY, ''",
    "tl;dr, SUMMARY, ''",
    "Give me the key points, SUMMARY, ''",
    "Who is mentioned?, WHO_MENTIONED, ''",
    "Who is quoted in the article?, WHO_QUOTED, ''",
    "When could construction begin?, FACT, ''",
    "What happened in 2014?, FACT, ''",
    "What happened?, SUMMARY, ''",
    "What is this article about?, SUMMARY, ''",
    "What are the key facts?, SUMMARY, ''",
    "What does the article say about sanctions?, FACT, ''",
    "What is Russia accused of?, FACT, ''",
    "What was Lavrov saying?, SPEECH, lavrov",
    "What was said by the mayor?, SPEECH, the mayor"
  })
  void recognizesWhatIsAsked(String question, Kind kind, String target) {
    Question q = parser.parse(question);
    assertThat(q.kind()).isEqualTo(kind);
    assertThat(q.target()).isEqualTo(target);
  }

  @ParameterizedTest
  @CsvSource({
    "When is the vote?, TIME",
    "Where did she speak?, PLACE",
    "How much will it cost?, MONEY",
    "How many stops are planned?, COUNT",
    "Why did shares fall?, REASON",
    "How long will the closure last?, DURATION",
    "Which branches would close?, NAMED",
    "What is the plan?, ANY"
  })
  void recognizesTheExpectedKindOfFact(String question, Expected expected) {
    assertThat(QuestionParser.expected(QuestionParser.normalize(question))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "Summarize the article in 2 sentences, 2",
    "give me five key points, 5",
    "tl;dr in one sentence, 1",
    "summarize in 40 sentences, 0",
    "summarize, 0"
  })
  void readsTheRequestedSummaryLength(String question, int expected) {
    assertThat(QuestionParser.summaryLength(question).orElse(0)).isEqualTo(expected);
  }
}
