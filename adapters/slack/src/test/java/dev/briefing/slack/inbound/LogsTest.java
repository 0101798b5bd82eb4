package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.LogIds;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogsTest {
  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void tagsTheThreadUntilClosedThenLeavesItClean() {
    try (LogIds.Scope ids = Logs.about("C0NEWS", "Ev1")) {
      assertThat(MDC.getCopyOfContextMap())
          .isEqualTo(Map.of("platform", "slack", "chat_id", "C0NEWS", "update_id", "Ev1"));
    }

    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void anInnerScopeRestoresTheOuterOnesIdsAndLeavesOutWhatItDoesNotKnow() {
    try (LogIds.Scope outer = Logs.about("C0NEWS", "Ev1")) {
      try (LogIds.Scope inner = Logs.about("C0SPORT", null)) {
        assertThat(MDC.getCopyOfContextMap())
            .isEqualTo(Map.of("platform", "slack", "chat_id", "C0SPORT"));
      }
      assertThat(MDC.get("chat_id")).isEqualTo("C0NEWS");
      assertThat(MDC.get("update_id")).isEqualTo("Ev1");
    }
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }
}
