package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.slack.inbound.AccessGate.Outsiders;
import dev.briefing.slack.settings.SlackAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessGateTest {
  private static final ChatAddress CHANNEL =
      new ChatAddress("slack", "C0NEWS", Optional.of("1700000000.000100"));
  private static final ChatAddress DM = ChatAddress.of("slack", "D0ALICE");

  private final List<String> asked = new ArrayList<>();
  private final Set<String> workspaceAdmins = Set.of("U0BOSS");
  private final AccessPolicy.ChatAdmins admins =
      (chat, user) -> {
        asked.add(user);
        return workspaceAdmins.contains(user);
      };

  @Test
  void everyoneMayAskQuestionsWhenNothingIsRestricted() {
    AccessGate gate = new AccessGate(SlackAccess.open(), admins);

    assertThat(gate.check(message(CHANNEL, "U0ALICE", "who said it?"), Outsiders.REFUSE_ONCE))
        .isEqualTo(AccessGate.Verdict.PROCEED);
    assertThat(asked).as("a question costs no users.info").isEmpty();
  }

  @Test
  void aMemberRunningAnAdminCommandInAChannelIsRefused() {
    AccessGate gate = new AccessGate(SlackAccess.open(), admins);

    AccessGate.Verdict verdict =
        gate.check(message(CHANNEL, "U0ALICE", "/subscribe 08:00"), Outsiders.REFUSE_ONCE);

    assertThat(verdict.proceed()).isFalse();
    assertThat(verdict.answer().orElseThrow()).contains("/subscribe", "admins");
    assertThat(asked).containsExactly("U0ALICE");
  }

  @Test
  void aWorkspaceAdminRunsAdminCommandsInAChannel() {
    AccessGate gate = new AccessGate(SlackAccess.open(), admins);

    assertThat(gate.check(message(CHANNEL, "U0BOSS", "/subscribe 08:00"), Outsiders.REFUSE_ONCE))
        .isEqualTo(AccessGate.Verdict.PROCEED);
  }

  @Test
  void aConfiguredAdminIsNotLookedUp() {
    SlackAccess access =
        new SlackAccess(
            Set.of(),
            new AccessPolicy(
                Set.of(), Set.of(), Set.of("U0ALICE"), AccessPolicy.DEFAULT_ADMIN_COMMANDS));
    AccessGate gate = new AccessGate(access, admins);

    assertThat(gate.check(message(CHANNEL, "U0ALICE", "/pause all"), Outsiders.REFUSE_ONCE))
        .isEqualTo(AccessGate.Verdict.PROCEED);
    assertThat(asked).isEmpty();
  }

  @Test
  void aDirectMessageIsTheUsersOwnChatWhereEverythingIsAllowed() {
    AccessGate gate = new AccessGate(SlackAccess.open(), admins);

    assertThat(gate.check(message(DM, "U0ALICE", "/subscribe 08:00"), Outsiders.REFUSE_ONCE))
        .isEqualTo(AccessGate.Verdict.PROCEED);
    assertThat(asked).isEmpty();
  }

  @Test
  void noAdminCommandsLetsEveryMemberRunEverything() {
    SlackAccess access =
        new SlackAccess(Set.of(), new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of()));
    AccessGate gate = new AccessGate(access, admins);

    assertThat(gate.check(message(CHANNEL, "U0ALICE", "/subscribe 08:00"), Outsiders.REFUSE_ONCE))
        .isEqualTo(AccessGate.Verdict.PROCEED);
  }

  @Test
  void anOutsiderIsRefusedOncePerChannelThenIgnored() {
    AccessGate gate = new AccessGate(channels("C0ALLOWED"), admins);

    AccessGate.Verdict first =
        gate.check(message(CHANNEL, "U0ALICE", "who said it?"), Outsiders.REFUSE_ONCE);
    AccessGate.Verdict second =
        gate.check(message(CHANNEL, "U0BOB", "and why?"), Outsiders.REFUSE_ONCE);
    AccessGate.Verdict elsewhere =
        gate.check(message(DM, "U0ALICE", "hello?"), Outsiders.REFUSE_ONCE);

    assertThat(first.proceed()).isFalse();
    assertThat(first.answer()).contains(AccessPolicy.NOT_ALLOWED);
    assertThat(second).isEqualTo(AccessGate.Verdict.SILENCE);
    assertThat(elsewhere.answer()).contains(AccessPolicy.NOT_ALLOWED);
  }

  @Test
  void aSlashCommandOutsiderIsRefusedEveryTimeAndAThreadReplyNever() {
    AccessGate gate = new AccessGate(channels("C0ALLOWED"), admins);
    IncomingMessage message = message(CHANNEL, "U0ALICE", "who said it?");

    assertThat(gate.check(message, Outsiders.IGNORE)).isEqualTo(AccessGate.Verdict.SILENCE);
    assertThat(gate.check(message, Outsiders.REFUSE).answer()).contains(AccessPolicy.NOT_ALLOWED);
    assertThat(gate.check(message, Outsiders.REFUSE).answer()).contains(AccessPolicy.NOT_ALLOWED);
  }

  @Test
  void aUserOffTheAllowlistIsRefusedInAnAllowedChannel() {
    SlackAccess access =
        new SlackAccess(
            Set.of(),
            new AccessPolicy(
                Set.of("C0NEWS"),
                Set.of("U0ALICE"),
                Set.of(),
                AccessPolicy.DEFAULT_ADMIN_COMMANDS));
    AccessGate gate = new AccessGate(access, admins);

    assertThat(gate.check(message(CHANNEL, "U0ALICE", "who?"), Outsiders.REFUSE_ONCE).proceed())
        .isTrue();
    assertThat(gate.check(message(CHANNEL, "U0MALLORY", "who?"), Outsiders.REFUSE_ONCE).answer())
        .contains(AccessPolicy.NOT_ALLOWED);
    assertThat(gate.admitsQuietly("D0MALLORY", "U0MALLORY")).isFalse();
    assertThat(gate.admitsQuietly("C0NEWS", "U0ALICE")).isTrue();
  }

  private static SlackAccess channels(String... ids) {
    return new SlackAccess(
        Set.of(),
        new AccessPolicy(Set.of(ids), Set.of(), Set.of(), AccessPolicy.DEFAULT_ADMIN_COMMANDS));
  }

  private static IncomingMessage message(ChatAddress chat, String user, String text) {
    return new IncomingMessage(chat, user, text);
  }
}
