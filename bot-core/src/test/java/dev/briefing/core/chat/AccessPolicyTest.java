package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private static IncomingMessage message(String chat, String user, String text) {
    return new IncomingMessage(ChatAddress.of("telegram", chat), user, text);
  }

  @Test
  void letsEveryoneInWhenNoAllowlistIsSet() {
    assertThat(AccessPolicy.open().admits(message("1", "2", "hi"))).isTrue();
  }

  @Test
  void admitsOnlyAllowedChatsAndUsers() {
    AccessPolicy policy = new AccessPolicy(Set.of("-100"), Set.of("7"), Set.of(), Set.of());

    assertThat(policy.admits(message("-100", "7", "hi"))).isTrue();
    assertThat(policy.admits(message("-200", "7", "hi"))).isFalse();
    assertThat(policy.admits(message("-100", "8", "hi"))).isFalse();
  }

  @Test
  void refusesSharedStateCommandsInGroupsToMembersWhoAreNeitherBotNorChatAdmins() {
    AccessPolicy policy = new AccessPolicy(Set.of(), Set.of(), Set.of("7"), Set.of("subscribe"));
    AccessPolicy.ChatAdmins chatAdmins = (chat, user) -> user.equals("9");

    assertThat(
            policy.adminRefusal(message("-1", "8", "/subscribe@SomeBot 08:00"), true, chatAdmins))
        .contains("Only this chat's admins can use /subscribe here; ask one of them.");
    assertThat(policy.adminRefusal(message("-1", "7", "/subscribe 08:00"), true, chatAdmins))
        .isEmpty();
    assertThat(policy.adminRefusal(message("-1", "9", "/subscribe 08:00"), true, chatAdmins))
        .isEmpty();
    assertThat(policy.adminRefusal(message("-1", "8", "/summary"), true, chatAdmins)).isEmpty();
    assertThat(policy.adminRefusal(message("-1", "8", "subscribe me"), true, chatAdmins)).isEmpty();
  }

  @Test
  void letsAnyoneRunEveryCommandInTheirOwnPrivateChat() {
    AccessPolicy policy = new AccessPolicy(Set.of(), Set.of(), Set.of("7"), Set.of("subscribe"));

    assertThat(policy.adminRefusal(message("8", "8", "/subscribe 08:00"), false, (c, u) -> false))
        .isEmpty();
  }

  @Test
  void asksThePlatformAboutChatAdminsOnlyForAdminCommands() {
    AccessPolicy policy = AccessPolicy.open();
    List<String> asked = new ArrayList<>();
    AccessPolicy.ChatAdmins chatAdmins =
        (chat, user) -> {
          asked.add(user);
          return false;
        };

    policy.adminRefusal(message("-1", "8", "What did she say?"), true, chatAdmins);
    policy.adminRefusal(message("-1", "8", "/summary"), true, chatAdmins);
    assertThat(asked).isEmpty();
    assertThat(policy.adminRefusal(message("-1", "8", "/pause all"), true, chatAdmins)).isPresent();
    assertThat(asked).containsExactly("8");
  }

  @Test
  void letsEveryMemberRunEverythingWhenNoCommandIsAdminOnly() {
    AccessPolicy policy = new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of());

    assertThat(policy.adminRefusal(message("-1", "8", "/subscribe 08:00"), true, (c, u) -> false))
        .isEmpty();
  }
}
