package dev.briefing.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.qa.Question.Kind;
import org.junit.jupiter.api.Test;

/** Who a "what did X say" question asks about, when a word of the name looks like a verb. */
class QuestionParserSpeechTargetTest {
  private final QuestionParser parser = new QuestionParser();

  @Test
  void keepsACapitalizedVerbLikeWordInTheName() {
    Question q = parser.parse("What did the State Department say?");

    assertThat(q.kind()).isEqualTo(Kind.SPEECH);
    assertThat(q.target()).isEqualTo("the state department");
    assertThat(q.topic()).isEmpty();
  }

  @Test
  void keepsALowercaseVerbLikeWordInsideALongerName() {
    Question q = parser.parse("What did the state Division of Gaming Enforcement say?");

    assertThat(q.kind()).isEqualTo(Kind.SPEECH);
    assertThat(q.target()).isEqualTo("the state division of gaming enforcement");
  }

  @Test
  void readsALowercaseStateAfterANameAsTheSpeechVerb() {
    Question q = parser.parse("What did Kerry state about the elections?");

    assertThat(q.kind()).isEqualTo(Kind.SPEECH);
    assertThat(q.target()).isEqualTo("kerry");
    assertThat(q.topic()).isEqualTo("the elections");
  }

  @Test
  void neverTakesADeterminerAloneForTheTarget() {
    Question q = parser.parse("What did the state say?");

    assertThat(q.kind()).isEqualTo(Kind.SPEECH);
    assertThat(q.target()).isEqualTo("the state");
  }

  @Test
  void givesTheTargetBackWithTheUsersCapitals() {
    assertThat(parser.parse("What did the State Department say?").targetAsWritten())
        .isEqualTo("the State Department");
    assertThat(
            parser
                .parse("What did the state Division of Gaming Enforcement say?")
                .targetAsWritten())
        .isEqualTo("the state Division of Gaming Enforcement");
    assertThat(parser.parse("What did Kerry state about the elections?").targetAsWritten())
        .isEqualTo("Kerry");
  }
}
