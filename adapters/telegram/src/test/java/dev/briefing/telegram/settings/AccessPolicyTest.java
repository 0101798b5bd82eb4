package dev.briefing.telegram.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
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
  void refusesSharedStateCommandsToNonAdmins() {
    AccessPolicy policy = new AccessPolicy(Set.of(), Set.of(), Set.of("7"), Set.of("subscribe"));

    assertThat(policy.adminRefusal(message("-1", "8", "/subscribe@SomeBot 08:00")))
        .contains("Only the bot's admins can use /subscribe.");
    assertThat(policy.adminRefusal(message("-1", "7", "/subscribe 08:00"))).isEmpty();
    assertThat(policy.adminRefusal(message("-1", "8", "/summary"))).isEmpty();
    assertThat(policy.adminRefusal(message("-1", "8", "subscribe me"))).isEmpty();
  }

  @Test
  void letsEveryoneUseEveryCommandWhenNoAdminsAreSet() {
    AccessPolicy policy = new AccessPolicy(Set.of(), Set.of(), Set.of(), Set.of("subscribe"));

    assertThat(policy.adminRefusal(message("-1", "8", "/subscribe 08:00"))).isEmpty();
  }
}
