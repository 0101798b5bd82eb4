package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackAccess;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeConversationStore;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who the bot answers on Slack, over signed HTTP requests into Bolt: other workspaces, channels and
 * users off the allowlists, admin commands in channels (workspace admins per users.info on the fake
 * Web API), and replies in a thread the bot answered, which need no mention.
 */
class SlackAccessIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String ANSWER = "The harbour reopens in May.";
  static final String THREAD = "1700000000.000100";

  private final List<String> questions = new CopyOnWriteArrayList<>();
  private final List<String> subscribed = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final RecordingStore conversations = new RecordingStore();
  private FakeSlackApi api;
  private SlackBot bot;
  private SignedRequests slack;

  @BeforeEach
  void fakeSlack() throws Exception {
    api = new FakeSlackApi();
  }

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  @Test
  void ignoresEveryRequestFromAnotherWorkspaceWithoutAnswering() {
    start(new SlackAccess(Set.of("T0TEAM"), AccessPolicy.open()));

    HttpResponse<String> mention =
        slack.post(SignedRequests.JSON, event("app-mention", "T0FOREIGN", "U0ALICE", null, null));
    HttpResponse<String> command =
        slack.post(SignedRequests.FORM, slashCommand("T0FOREIGN", "C0NEWS", "summary 3"));
    slack.post(SignedRequests.JSON, event("direct-message", "T0TEAM", "U0ALICE", null, null));

    assertThat(mention.statusCode()).isEqualTo(200);
    assertThat(mention.body()).isEmpty();
    assertThat(command.statusCode()).isEqualTo(200);
    assertThat(command.body()).isEmpty();
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    assertThat(api.posts().get(0).channel()).isEqualTo("D0ALICE");
    assertThat(questions).containsExactly("who was quoted in the report?");
    assertThat(api.responses()).isEmpty();
  }

  @Test
  void refusesAMembersSubscribeInAChannelAndLetsAWorkspaceAdminRunIt() {
    start(SlackAccess.open());
    api.userRole("U0BOSS", "is_admin");

    slack.post(SignedRequests.JSON, mention("U0ALICE", "subscribe 08:00"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    slack.post(SignedRequests.JSON, mention("U0BOSS", "subscribe 08:00"));
    await().atMost(WAIT).until(() -> api.posts().size() == 2);

    assertThat(api.posts().get(0).form().get("text"))
        .contains("Only this chat's admins can use /subscribe here");
    assertThat(api.posts().get(0).form()).containsKey("thread_ts");
    assertThat(api.posts().get(1).form().get("text")).isEqualTo("Subscribed.");
    assertThat(subscribed).containsExactly("U0BOSS");
    assertThat(api.methods()).contains("users.info");
  }

  @Test
  void aSlashCommandIsCheckedTheSameWayBeforeItIsRouted() {
    start(SlackAccess.open());

    slack.post(SignedRequests.FORM, slashCommand("T0TEAM", "C0NEWS", "subscribe 08:00"));

    await().atMost(WAIT).until(() -> api.responses().size() == 1);
    assertThat(api.responses().get(0).json().get("text").getAsString())
        .contains("Only this chat's admins can use /subscribe here");
    assertThat(subscribed).isEmpty();
  }

  @Test
  void aMembersFileSharedInAChannelIsRefusedBeforeItIsDownloaded() {
    start(SlackAccess.open());
    api.serveFile("T0TEAM-F0NOTES/download/notes.md", "Notes".getBytes(StandardCharsets.UTF_8));

    slack.post(
        SignedRequests.JSON,
        Fixtures.json("app-mention-with-file")
            .replace("https://files.slack.com/files-pri/", api.fileUrl("")));

    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    assertThat(api.posts().get(0).form().get("text"))
        .contains("Only this chat's admins can use /add here");
    assertThat(api.downloads()).isEmpty();
  }

  @Test
  void anyoneSubscribesInTheirDirectMessagesWithoutAnAdminLookup() {
    start(SlackAccess.open());

    slack.post(SignedRequests.JSON, directMessage("U0ALICE", "subscribe 08:00"));

    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    assertThat(api.posts().get(0).form().get("text")).isEqualTo("Subscribed.");
    assertThat(subscribed).containsExactly("U0ALICE");
    assertThat(api.methods()).doesNotContain("users.info");
  }

  @Test
  void aChannelOffTheAllowlistIsToldOnceAndASlashCommandEachTime() {
    start(
        new SlackAccess(
            Set.of(),
            new AccessPolicy(
                Set.of("C0OTHER"), Set.of(), Set.of(), AccessPolicy.DEFAULT_ADMIN_COMMANDS)));

    slack.post(SignedRequests.JSON, mention("U0ALICE", "who said it?"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    slack.post(SignedRequests.JSON, mention("U0BOB", "and why?"));
    slack.post(SignedRequests.FORM, slashCommand("T0TEAM", "C0NEWS", "who said it?"));
    await().atMost(WAIT).until(() -> api.responses().size() == 1);

    assertThat(api.posts()).hasSize(1);
    assertThat(api.posts().get(0).form().get("text")).isEqualTo(AccessPolicy.NOT_ALLOWED);
    assertThat(api.responses().get(0).json().get("text").getAsString())
        .isEqualTo(AccessPolicy.NOT_ALLOWED);
    assertThat(questions).isEmpty();
  }

  @Test
  void answersAReplyWithoutAMentionInAThreadItAnswered() {
    start(SlackAccess.open());

    slack.post(SignedRequests.JSON, Fixtures.json("app-mention"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);
    slack.post(SignedRequests.JSON, Fixtures.json("thread-reply"));
    await().atMost(WAIT).until(() -> api.posts().size() == 2);

    assertThat(questions)
        .containsExactly(
            "what did the minister say about the harbour?", "and who paid for the harbour?");
    assertThat(api.posts().get(1).form()).containsEntry("thread_ts", THREAD);
  }

  @Test
  void ignoresAReplyInAThreadItHasNotAnswered() {
    start(SlackAccess.open());
    ChatAddress thread = new ChatAddress("slack", "C0NEWS", Optional.of(THREAD));

    slack.post(SignedRequests.JSON, Fixtures.json("thread-reply"));

    await().atMost(WAIT).until(() -> conversations.looked().contains(thread));
    assertThat(questions).isEmpty();
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void answersAReplyThatAlsoMentionsTheBotOnce() {
    start(SlackAccess.open());
    slack.post(SignedRequests.JSON, Fixtures.json("app-mention"));
    await().atMost(WAIT).until(() -> api.posts().size() == 1);

    // Slack sends a reply naming the bot twice: as message and as app_mention.
    JsonObject message = Fixtures.GSON.fromJson(Fixtures.json("thread-reply"), JsonObject.class);
    message.getAsJsonObject("event").addProperty("text", "<@U0BOT> and who paid?");
    JsonObject mention =
        Fixtures.GSON.fromJson(Fixtures.json("app-mention-in-thread"), JsonObject.class);
    mention.getAsJsonObject("event").addProperty("text", "<@U0BOT> and who paid?");
    mention.getAsJsonObject("event").addProperty("ts", "1700000060.000700");
    slack.post(SignedRequests.JSON, message.toString());
    slack.post(SignedRequests.JSON, mention.toString());
    await().atMost(WAIT).until(() -> api.posts().size() == 2);
    slack.post(SignedRequests.JSON, directMessage("U0ALICE", "last one?"));
    await().atMost(WAIT).until(() -> api.posts().size() == 3);

    assertThat(questions)
        .containsExactly(
            "what did the minister say about the harbour?", "and who paid?", "last one?");
  }

  private void start(SlackAccess access) {
    SlackSettings settings =
        SlackSettings.http(FakeSlackApi.BOT_TOKEN, SECRET, 0)
            .withApiUrl(api.apiUrl())
            .withAccess(access);
    bot =
        new SlackBot(
            settings,
            router(),
            commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            InboundDedup.inMemory(),
            conversations,
            Clock.systemUTC(),
            BotMetrics.NONE,
            RateBudget.unlimited());
    bot.start();
    slack = new SignedRequests(bot.httpPort().orElseThrow(), SECRET);
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "subscribe",
            "Subscribe to a digest",
            (message, args) -> {
              subscribed.add(message.userId());
              return List.of(Reply.text("Subscribed."));
            }),
        new CommandSpec(
            "summary", "Summarize", (message, args) -> List.of(Reply.text("A summary."))));
  }

  // Answers every question and, as the engine does, keeps the conversation of its chat.
  private CommandRouter router() {
    return new CommandRouter(
        commands(),
        (message, text) -> {
          questions.add(text);
          conversations.saveQuestion(message.chat(), text);
          return List.of(Reply.text(ANSWER));
        });
  }

  private String mention(String user, String text) {
    int n = ids.incrementAndGet();
    return event("app-mention", "T0TEAM", user, "<@U0BOT> " + text, "1700000100.00010" + n);
  }

  private String directMessage(String user, String text) {
    return event("direct-message", "T0TEAM", user, text, "1700000200.00020" + ids.get());
  }

  // The fixture with a fresh event id and the given workspace, author, text and ts (null: kept).
  private String event(String fixture, String team, String user, String text, String ts) {
    JsonObject body = Fixtures.GSON.fromJson(Fixtures.json(fixture), JsonObject.class);
    body.addProperty("event_id", "Ev0ACCESS" + ids.incrementAndGet());
    body.addProperty("team_id", team);
    body.getAsJsonArray("authorizations").get(0).getAsJsonObject().addProperty("team_id", team);
    JsonObject event = body.getAsJsonObject("event");
    event.addProperty("user", user);
    if (text != null) {
      event.addProperty("text", text);
    }
    if (ts != null) {
      event.addProperty("ts", ts);
      event.addProperty("event_ts", ts);
    }
    return body.toString();
  }

  private String slashCommand(String team, String channel, String text) {
    String trigger = "trigger-" + ids.incrementAndGet();
    return "token=legacy&team_id="
        + team
        + "&team_domain=news&channel_id="
        + channel
        + "&channel_name=news&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(api.responseUrl(trigger), StandardCharsets.UTF_8)
        + "&trigger_id="
        + trigger;
  }

  /** The shared fake store, recording each chat looked up once the lookup is done. */
  private static final class RecordingStore extends FakeConversationStore {
    private final List<ChatAddress> looked = new CopyOnWriteArrayList<>();

    RecordingStore() {
      super(Clock.systemUTC());
    }

    List<ChatAddress> looked() {
      return looked;
    }

    @Override
    public Optional<dev.briefing.core.chat.Conversation> find(ChatAddress chat) {
      Optional<dev.briefing.core.chat.Conversation> found = super.find(chat);
      looked.add(chat);
      return found;
    }
  }
}
