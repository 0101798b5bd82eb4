package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspaceAdminsTest {
  private static final ChatAddress CHANNEL = ChatAddress.of("slack", "C0NEWS");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final List<String> lookups = new ArrayList<>();

  @Test
  void asksSlackOnceThenKeepsTheAnswerForAFewMinutes() {
    WorkspaceAdmins admins =
        new WorkspaceAdmins(
            user -> {
              lookups.add(user);
              return user.equals("U0BOSS");
            },
            clock,
            BotMetrics.NONE);

    assertThat(admins.isAdmin(CHANNEL, "U0BOSS")).isTrue();
    assertThat(admins.isAdmin(ChatAddress.of("slack", "C0OTHER"), "U0BOSS")).isTrue();
    assertThat(admins.isAdmin(CHANNEL, "U0ALICE")).isFalse();
    assertThat(lookups).containsExactly("U0BOSS", "U0ALICE");

    clock.advance(WorkspaceAdmins.KEEP.plusSeconds(1));
    assertThat(admins.isAdmin(CHANNEL, "U0BOSS")).isTrue();
    assertThat(lookups).containsExactly("U0BOSS", "U0ALICE", "U0BOSS");
  }

  @Test
  void aFailedLookupIsNotAnAdminAndIsRetriedSoon() {
    boolean[] slackDown = {true};
    WorkspaceAdmins admins =
        new WorkspaceAdmins(
            user -> {
              lookups.add(user);
              if (slackDown[0]) {
                throw new IOException("connection reset");
              }
              return true;
            },
            clock,
            BotMetrics.NONE);

    assertThat(admins.isAdmin(CHANNEL, "U0BOSS")).isFalse();
    assertThat(admins.isAdmin(CHANNEL, "U0BOSS")).isFalse();
    assertThat(lookups).hasSize(1);

    slackDown[0] = false;
    clock.advance(WorkspaceAdmins.KEEP_FAILURE.plus(Duration.ofSeconds(1)));
    assertThat(admins.isAdmin(CHANNEL, "U0BOSS")).isTrue();
    assertThat(lookups).hasSize(2);
    assertThat(WorkspaceAdmins.KEEP_FAILURE).isLessThan(WorkspaceAdmins.KEEP);
  }
}
