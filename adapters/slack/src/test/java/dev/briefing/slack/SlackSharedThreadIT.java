package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeConversationStore;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances share one Slack thread conversation: what one instance answered, the other
 * continues, because the conversation lives in the store they share (the database in production).
 * The store here is a {@link FakeConversationStore} shared by both, standing in for the database;
 * the inbound event log they share is an in-memory {@link InboundDedup} given to both.
 */
class SlackSharedThreadIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  private final FakeConversationStore database = new FakeConversationStore(Clock.systemUTC());
  private final InboundDedup events = InboundDedup.inMemory();
  private final List<String> answeredByA = new CopyOnWriteArrayList<>();
  private final List<String> answeredByB = new CopyOnWriteArrayList<>();
  private FakeSlackApi api;
  private SlackBot a;
  private SlackBot b;

  @AfterEach
  void stop() throws Exception {
    for (SlackBot bot : new SlackBot[] {a, b}) {
      if (bot != null) {
        bot.close();
      }
    }
    if (api != null) {
      api.close();
    }
  }

  @Test
  void twoInstancesShareOneSlackThreadConversation() throws Exception {
    api = new FakeSlackApi();
    a = instance(answeredByA, "Answer from A.");
    b = instance(answeredByB, "Answer from B.");
    SignedRequests toA = new SignedRequests(a.httpPort().orElseThrow(), SECRET);
    SignedRequests toB = new SignedRequests(b.httpPort().orElseThrow(), SECRET);

    toA.post(SignedRequests.JSON, Fixtures.json("app-mention"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    toB.post(SignedRequests.JSON, Fixtures.json("thread-reply"));
    await().atMost(WAIT).until(() -> api.posts().size() == 2);

    assertThat(answeredByA).containsExactly("what did the minister say about the harbour?");
    assertThat(answeredByB).containsExactly("and who paid for the harbour?");
    FakeSlackApi.Post reply = api.posts().get(1);
    assertThat(reply.form().get("text")).isEqualTo("Answer from B.");
    assertThat(reply.form()).containsEntry("thread_ts", "1700000000.000100");
  }

  // An instance whose engine, like the real one, keeps the conversation of each answered chat.
  private SlackBot instance(List<String> answered, String answer) {
    List<CommandSpec> commands = List.of();
    CommandRouter router =
        new CommandRouter(
            commands,
            (message, text) -> {
              answered.add(text);
              database.saveQuestion(message.chat(), text);
              return List.of(Reply.text(answer));
            });
    SlackBot bot =
        new SlackBot(
            SlackSettings.http(FakeSlackApi.BOT_TOKEN, SECRET, 0).withApiUrl(api.apiUrl()),
            router,
            commands,
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            events,
            database,
            Clock.systemUTC(),
            BotMetrics.NONE,
            RateBudget.unlimited());
    bot.start();
    return bot;
  }
}
