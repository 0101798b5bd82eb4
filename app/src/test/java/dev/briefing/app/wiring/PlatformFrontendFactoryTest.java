package dev.briefing.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.app.config.BriefingConfig;
import dev.briefing.app.config.ChatPlatform;
import dev.briefing.app.config.ConfigLoader;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.PlatformChatAdapter;
import dev.briefing.core.chat.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a platform runs, and what starting it wires: the rule Telegram and Slack share. */
class PlatformFrontendFactoryTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();
  private final PlatformChatAdapter chats = new PlatformChatAdapter();
  private final List<ChatAddress> sent = new ArrayList<>();
  private int builds;

  private final PlatformFrontendFactory slack =
      new PlatformFrontendFactory(
          ChatPlatform.SLACK,
          (vars, services, clock) -> {
            builds++;
            ChatAdapter outbound = (chat, reply) -> sent.add(chat);
            return new PlatformFrontend.Bot(outbound, () -> {}, () -> {}, () -> {});
          });

  @Test
  void buildsNothingWithoutItsToken() {
    assertThat(create()).isEmpty();
    assertThat(builds).isZero();
  }

  @Test
  void servesTheBotWhenItsTokenIsSetAndSendsItsChatsDigestsThroughIt() {
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_APP_TOKEN", "xapp-test");

    Optional<ChatFrontend> frontend = create();

    assertThat(frontend).map(ChatFrontend::name).contains("slack");
    ChatAddress chat = ChatAddress.of("slack", "C1");
    chats.send(chat, Reply.text("digest"));
    assertThat(sent).containsExactly(chat);
  }

  @Test
  void staysOffWhenSwitchedOffThoughItsTokenIsSet() {
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("BRIEFING_SLACK_ENABLED", "false");

    assertThat(create()).isEmpty();
    assertThat(builds).isZero();
  }

  private Optional<ChatFrontend> create() {
    BriefingConfig config = new ConfigLoader(dir, env).load(Optional.empty());
    var services =
        new FrontendFactory.Services(
            null, List.of(), chats, null, null, null, FrontendFactory.SharedBudgets.NONE, null);
    return slack.create(config, env, services);
  }
}
