package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackBotStartIT {
  @Test
  void refusesToStartWhenSlackRejectsTheTokenWithoutShowingIt() throws Exception {
    try (FakeSlackApi api = new FakeSlackApi();
        SlackBot bot = bot(api)) {
      api.refuseToken();

      assertThatThrownBy(bot::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("invalid_auth")
          .hasMessageNotContaining("xoxb-secret-token");
    }
  }

  @Test
  void startsOnlyOnce() throws Exception {
    try (FakeSlackApi api = new FakeSlackApi();
        SlackBot bot = bot(api)) {
      bot.start();

      assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class);
    }
  }

  private static SlackBot bot(FakeSlackApi api) {
    CommandRouter router = new CommandRouter(List.of(), (m, t) -> List.of(Reply.text("ok")));
    return new SlackBot(
        SlackSettings.http("xoxb-secret-token", "secret", 0).withApiUrl(api.apiUrl()),
        router,
        List.of(),
        new InMemorySubscriptionRepository(Clock.systemUTC()),
        InboundDedup.inMemory(),
        Clock.systemUTC());
  }
}
