package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedCheckTest {
  @Test
  void aReadFeedHasItsTitleAndCountAndABlankTitleIsNone() {
    assertThat(FeedCheck.read(" Ledger ", 3))
        .isEqualTo(new FeedCheck(Optional.of("Ledger"), 3, Optional.empty()));
    assertThat(FeedCheck.read("", 0).title()).isEmpty();
    assertThat(FeedCheck.read("Ledger", 3).ok()).isTrue();
  }

  @Test
  void aFailedCheckNeedsAReasonAndHasNothingElse() {
    assertThat(FeedCheck.failed("timed out").ok()).isFalse();
    assertThatThrownBy(() -> FeedCheck.failed(" ")).hasMessageContaining("reason");
    assertThatThrownBy(() -> new FeedCheck(Optional.of("T"), 1, Optional.of("x")))
        .hasMessageContaining("a failed check has no title or items");
    assertThatThrownBy(() -> FeedCheck.read("T", -1)).hasMessageContaining("items must be >= 0");
  }
}
