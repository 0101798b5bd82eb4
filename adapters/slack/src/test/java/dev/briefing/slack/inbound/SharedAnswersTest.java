package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedAnswersTest {
  static final ChatAddress NEWS = ChatAddress.of("slack", "C0NEWS");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  private final SharedAnswers answers = new SharedAnswers(clock);

  @Test
  void anAnswerIsSharedOnceByWhoAskedInTheChannelTheyAskedIn() {
    String token = answers.keep(NEWS, "U0ALICE", Reply.text("The harbour reopens in May."));

    assertThat(answers.take(token, NEWS, "U0BOB")).isEmpty();
    assertThat(answers.take(token, ChatAddress.of("slack", "C0OTHER"), "U0ALICE")).isEmpty();
    assertThat(answers.take(token, NEWS, "U0ALICE"))
        .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("The harbour reopens in May."));
    assertThat(answers.take(token, NEWS, "U0ALICE")).isEmpty();
  }

  @Test
  void anAnswerExpiresWithItsResponseUrl() {
    String token = answers.keep(NEWS, "U0ALICE", Reply.text("Old news."));

    clock.advance(SharedAnswers.TTL.plus(Duration.ofSeconds(1)));

    assertThat(answers.take(token, NEWS, "U0ALICE")).isEmpty();
    assertThat(answers.size()).isZero();
  }

  @Test
  void keepsAtMostTheNewestAnswersUnderShortUnguessableTokens() {
    Set<String> tokens = new HashSet<>();
    String first = answers.keep(NEWS, "U0ALICE", Reply.text("first"));
    for (int i = 0; i < SharedAnswers.MAX; i++) {
      tokens.add(answers.keep(NEWS, "U0ALICE", Reply.text("answer " + i)));
    }

    assertThat(answers.size()).isEqualTo(SharedAnswers.MAX);
    assertThat(tokens).hasSize(SharedAnswers.MAX).allMatch(t -> t.matches("[A-Za-z0-9_-]{22}"));
    assertThat(answers.take(first, NEWS, "U0ALICE")).isEmpty();
  }

  @Test
  void unknownOrMissingTokensShareNothing() {
    assertThat(answers.take("nope", NEWS, "U0ALICE")).isEmpty();
    assertThat(answers.take(null, NEWS, "U0ALICE")).isEmpty();
  }
}
