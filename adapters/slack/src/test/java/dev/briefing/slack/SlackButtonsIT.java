package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.BlockActions;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buttons end to end: replies carry Block Kit actions, signed {@code block_actions} requests run
 * them through the router, pages of articles change in place, expired buttons say so privately,
 * {@code /briefing} answers can be shared, progress turns into the answer, and the App Home has
 * Pause and Stop under each digest.
 */
class SlackButtonsIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String EXPIRED = "This button has expired.";

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final AtomicInteger triggers = new AtomicInteger();
  private FakeSlackApi api;
  private SlackBot bot;
  private SignedRequests slack;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    SlackSettings settings =
        SlackSettings.http(FakeSlackApi.BOT_TOKEN, SECRET, 0).withApiUrl(api.apiUrl());
    bot =
        new SlackBot(
            settings,
            new CommandRouter(commands(), (message, text) -> List.of(Reply.text("An answer."))),
            commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            InboundDedup.inMemory(),
            Clock.systemUTC());
    bot.start();
    slack = new SignedRequests(bot.httpPort().orElseThrow(), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    api.close();
  }

  @Test
  void aReplyWithButtonsCarriesActionsBlocksWithTheirCommands() {
    slack.post(SignedRequests.JSON, directMessage("articles"));

    FakeSlackApi.Post post = awaitPosts(1).get(0);

    JsonArray blocks = post.blocks();
    JsonObject actions = blocks.get(blocks.size() - 1).getAsJsonObject();
    assertThat(actions.get("type").getAsString()).isEqualTo("actions");
    List<String> values = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (JsonElement element : actions.getAsJsonArray("elements")) {
      values.add(element.getAsJsonObject().get("value").getAsString());
      ids.add(element.getAsJsonObject().get("action_id").getAsString());
    }
    assertThat(values).containsExactly("/articles 0", "/articles 2");
    assertThat(ids).containsExactly("briefing:0:0", "briefing:0:1");
  }

  @Test
  void pressingNextOnArticlesUpdatesThePressedMessageInPlace() {
    JsonObject press = press("C0NEWS", "/articles 2");

    assertThat(slack.post(SignedRequests.FORM, BlockActions.form(press)).statusCode())
        .isEqualTo(200);

    await().atMost(WAIT).until(() -> api.updates().size() == 1);
    FakeSlackApi.Post update = api.updates().get(0);
    assertThat(update.form())
        .containsEntry("channel", "C0NEWS")
        .containsEntry("ts", "1700000400.000800")
        .containsEntry("text", "Articles, page 2");
    assertThat(update.form().get("blocks")).contains("/articles 3");
    assertThat(api.posts()).isEmpty();
    assertThat(api.responses()).isEmpty();
  }

  @Test
  void aPageThatCannotBeUpdatedIsPostedInstead() {
    api.failUpdates(FakeSlackApi.json("{\"ok\":false,\"error\":\"message_not_found\"}"));

    slack.post(SignedRequests.FORM, BlockActions.form(press("C0NEWS", "/articles 2")));

    assertThat(awaitPosts(1).get(0).form()).containsEntry("text", "Articles, page 2");
  }

  @Test
  void anotherButtonAnswersInTheThreadOfThePressedMessage() {
    JsonObject press = press("C0NEWS", "/summary 7");
    press.getAsJsonObject("container").addProperty("thread_ts", "1700000000.000100");

    slack.post(SignedRequests.FORM, BlockActions.form(press));

    FakeSlackApi.Post post = awaitPosts(1).get(0);
    assertThat(post.form())
        .containsEntry("channel", "C0NEWS")
        .containsEntry("thread_ts", "1700000000.000100")
        .containsEntry("text", "Summary of article 7 for U0ALICE.");
  }

  @Test
  void rejectsAForgedButtonPressWithoutRunningIt() {
    String body = BlockActions.form(press("C0NEWS", "/articles 2"));
    String now = String.valueOf(java.time.Instant.now().getEpochSecond());

    int status =
        slack
            .send(SignedRequests.FORM, body, now, SignedRequests.signature("forged", now, body))
            .statusCode();

    assertThat(status).isEqualTo(401);
    bot.close(); // finishes any work in progress, so a wrongly run press would show now
    assertThat(ran).isEmpty();
    assertThat(api.updates()).isEmpty();
    assertThat(api.posts()).isEmpty();
    assertThat(api.responses()).isEmpty();
  }

  @Test
  void refusesAForgedPayloadThatWouldCrashTheParserBeforeParsingIt() {
    String now = String.valueOf(java.time.Instant.now().getEpochSecond());
    String body = "payload=%5B%5D";

    int status =
        slack
            .send(SignedRequests.FORM, body, now, SignedRequests.signature("forged", now, body))
            .statusCode();

    assertThat(status).isEqualTo(401);
    assertThat(ran).isEmpty();
  }

  @Test
  void aStaleButtonTellsOnlyThePresserThatItExpired() {
    slack.post(SignedRequests.FORM, BlockActions.form(press("C0NEWS", "/articles 9")));

    JsonObject response = awaitResponses(1).get(0).json();
    assertThat(response.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(response.get("replace_original").getAsBoolean()).isFalse();
    assertThat(response.get("text").getAsString()).isEqualTo(EXPIRED);
    assertThat(api.updates()).isEmpty();
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void aBriefingAnswerIsEphemeralAndShareInChannelPostsItForEveryone() {
    slack.post(SignedRequests.FORM, slashCommand("summary 3"));
    JsonObject answer = awaitResponses(1).get(0).json();
    assertThat(answer.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(answer.get("text").getAsString()).isEqualTo("Summary of article 3 for U0ALICE.");
    JsonObject share = lastButton(answer);
    assertThat(share.get("action_id").getAsString()).isEqualTo("briefing-share");
    assertThat(share.getAsJsonObject("text").get("text").getAsString())
        .isEqualTo("Share in channel");
    String token = share.get("value").getAsString();

    JsonObject press = press("C0NEWS", token);
    press.addProperty("response_url", api.responseUrl("share"));
    press
        .getAsJsonArray("actions")
        .get(0)
        .getAsJsonObject()
        .addProperty("action_id", share.get("action_id").getAsString());
    press.getAsJsonObject("container").addProperty("is_ephemeral", true);
    slack.post(SignedRequests.FORM, BlockActions.form(press));

    JsonObject shared = awaitResponses(2).get(1).json();
    assertThat(shared.get("response_type").getAsString()).isEqualTo("in_channel");
    assertThat(shared.get("text").getAsString()).isEqualTo("Summary of article 3 for U0ALICE.");
    assertThat(shared.toString()).doesNotContain("briefing-share");
  }

  @Test
  void aShareButtonWhoseAnswerIsGoneHasExpired() {
    JsonObject press = press("C0NEWS", "not-a-kept-token");
    press
        .getAsJsonArray("actions")
        .get(0)
        .getAsJsonObject()
        .addProperty("action_id", "briefing-share");

    slack.post(SignedRequests.FORM, BlockActions.form(press));

    JsonObject response = awaitResponses(1).get(0).json();
    assertThat(response.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(response.get("text").getAsString()).isEqualTo(EXPIRED);
  }

  @Test
  void theProgressMessageIsUpdatedIntoTheAnswer() {
    slack.post(SignedRequests.JSON, directMessage("fetch example.com"));

    await().atMost(WAIT).until(() -> api.updates().size() == 2);
    assertThat(api.posts()).hasSize(1);
    assertThat(api.posts().get(0).form())
        .containsEntry("channel", "D0ALICE")
        .containsEntry("text", "Fetching example.com…");
    assertThat(api.updates())
        .extracting(update -> update.form().get("text"))
        .containsExactly("Reading the article…", "Added: The harbour reopens.");
    assertThat(api.updates())
        .allSatisfy(update -> assertThat(update.form()).containsEntry("ts", "1700000999.000100"));
  }

  @Test
  void anAnswerThatCannotReplaceItsProgressMessageIsPostedNormally() {
    api.failUpdates(
        FakeSlackApi.json("{\"ok\":true}"),
        FakeSlackApi.json("{\"ok\":false,\"error\":\"message_not_found\"}"));

    slack.post(SignedRequests.JSON, directMessage("fetch example.com"));

    await().atMost(WAIT).until(() -> api.posts().size() == 2);
    assertThat(api.posts())
        .extracting(post -> post.form().get("text"))
        .containsExactly("Fetching example.com…", "Added: The harbour reopens.");
    assertThat(api.updates()).hasSize(2);
  }

  @Test
  void theAppHomeHasPauseAndStopUnderEachDigestAndAPressActsOnTheDirectMessage() {
    slack.post(SignedRequests.JSON, Fixtures.json("app-home-opened"));
    await().atMost(WAIT).until(() -> api.homeViews().size() == 1);
    JsonObject view = Fixtures.GSON.fromJson(api.homeViews().get(0).get("view"), JsonObject.class);
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("D0ALICE");
    assertThat(view.toString()).contains("/pause 3", "/unsubscribe 3", "Digest 3 at 08:00");

    JsonObject press =
        BlockActions.onHome("U0ALICE", "briefing:0:0", "/pause 3", trigger(), "D0ALICE");
    slack.post(SignedRequests.FORM, BlockActions.form(press));

    await().atMost(WAIT).until(() -> api.homeViews().size() == 2);
    assertThat(ran).containsExactly("pause 3 in D0ALICE by U0ALICE");
    assertThat(api.homeViews().get(1).get("view")).contains("Paused digest 3.");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void hostileButtonValuesRunNothingAndTellOnlyThePresserTheButtonExpired() {
    List<String> values =
        List.of("hello there", "/add http://evil.example/", "/pause 99", "/fetch example.com");
    for (String value : values) {
      assertThat(
              slack
                  .post(SignedRequests.FORM, BlockActions.form(press("D0ALICE", value)))
                  .statusCode())
          .isEqualTo(200);
    }

    awaitResponses(values.size());
    bot.close();
    assertThat(api.responses())
        .allSatisfy(
            response -> {
              assertThat(response.json().get("text").getAsString()).isEqualTo(EXPIRED);
              assertThat(response.json().get("response_type").getAsString()).isEqualTo("ephemeral");
            });
    assertThat(ran).isEmpty();
    assertThat(api.posts()).isEmpty();
    assertThat(api.updates()).isEmpty();
  }

  @Test
  void aMemberPressingAnAdminButtonInAChannelIsRefusedPrivatelyAsIfTyped() {
    slack.post(SignedRequests.FORM, BlockActions.form(press("C0NEWS", "/pause 3")));

    JsonObject response = awaitResponses(1).get(0).json();
    assertThat(response.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(response.get("text").getAsString()).contains("admins", "/pause");
    bot.close();
    assertThat(ran).isEmpty();
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void malformedButtonPayloadsAreAcknowledgedOrRefusedAndChangeNothing() {
    JsonObject noActions = press("C0NEWS", "/pause 3");
    noActions.remove("actions");
    JsonObject garbled = press("C0NEWS", "/pause 3");
    garbled.addProperty("actions", "not a list");
    JsonObject noValue = press("C0NEWS", "/pause 3");
    noValue.getAsJsonArray("actions").get(0).getAsJsonObject().remove("value");
    JsonObject huge = press("C0NEWS", "/pause 3" + " 3".repeat(5_000));
    JsonObject foreignId = press("C0NEWS", "/pause 3");
    foreignId.getAsJsonArray("actions").get(0).getAsJsonObject().addProperty("action_id", "evil");
    JsonObject noContainer = press("C0NEWS", "/pause 3");
    noContainer.remove("container");
    noContainer.remove("channel");
    JsonObject homeWithoutChat =
        BlockActions.onHome("U0ALICE", "briefing:0:0", "/pause 3", trigger(), "");

    List<Integer> statuses = new ArrayList<>();
    for (JsonObject payload :
        List.of(noActions, garbled, noValue, huge, foreignId, noContainer, homeWithoutChat)) {
      statuses.add(slack.post(SignedRequests.FORM, BlockActions.form(payload)).statusCode());
    }
    statuses.add(slack.post(SignedRequests.FORM, "payload=%7Bnot+json").statusCode());
    // JSON that is not an object, and a press without its user: Bolt's parser throws on these.
    statuses.add(slack.post(SignedRequests.FORM, "payload=%5B%5D").statusCode());
    statuses.add(slack.post(SignedRequests.FORM, "payload=null").statusCode());
    JsonObject noUser = press("C0NEWS", "/pause 3");
    noUser.remove("user");
    statuses.add(slack.post(SignedRequests.FORM, BlockActions.form(noUser)).statusCode());

    // Acknowledged (200), or refused: no actions or not the JSON Slack sends (400), no listener
    // for the action id (404); never a 500.
    assertThat(statuses).containsExactly(400, 400, 200, 200, 404, 200, 200, 400, 400, 400, 400);
    bot.close();
    assertThat(ran).isEmpty();
    assertThat(api.posts()).isEmpty();
    assertThat(api.updates()).isEmpty();
    assertThat(api.responses()).isEmpty();
    assertThat(api.homeViews()).isEmpty();
  }

  @Test
  void aButtonPressSignedLongAgoOrReplayedIsRunAtMostOnce() {
    String body = BlockActions.form(press("C0NEWS", "/summary 4"));
    String stale = String.valueOf(java.time.Instant.now().minusSeconds(6 * 60).getEpochSecond());
    int old =
        slack
            .send(SignedRequests.FORM, body, stale, SignedRequests.signature(SECRET, stale, body))
            .statusCode();
    String now = String.valueOf(java.time.Instant.now().getEpochSecond());
    String signature = SignedRequests.signature(SECRET, now, body);
    for (int i = 0; i < 3; i++) {
      assertThat(slack.send(SignedRequests.FORM, body, now, signature).statusCode()).isEqualTo(200);
    }

    assertThat(old).isEqualTo(401);
    awaitPosts(1);
    bot.close();
    assertThat(api.posts()).hasSize(1);
  }

  private JsonObject press(String channel, String value) {
    return BlockActions.inChannel(
        channel,
        "1700000400.000800",
        "U0ALICE",
        "briefing:0:1",
        value,
        trigger(),
        api.responseUrl("press-" + triggers.get()));
  }

  private String trigger() {
    return "2.3." + triggers.incrementAndGet();
  }

  private static JsonObject lastButton(JsonObject message) {
    JsonArray blocks = message.getAsJsonArray("blocks");
    JsonArray elements = blocks.get(blocks.size() - 1).getAsJsonObject().getAsJsonArray("elements");
    return elements.get(elements.size() - 1).getAsJsonObject();
  }

  private String directMessage(String text) {
    return Fixtures.json("direct-message")
        .replace("who was quoted in the report?", text)
        .replace("Ev0DM", "Ev0DM" + triggers.incrementAndGet());
  }

  private String slashCommand(String text) {
    return "token=legacy&team_id=T0TEAM&team_domain=news&channel_id=C0NEWS&channel_name=news"
        + "&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(api.responseUrl("command"), StandardCharsets.UTF_8)
        + "&trigger_id="
        + trigger();
  }

  private List<FakeSlackApi.Post> awaitPosts(int count) {
    await().atMost(WAIT).until(() -> api.posts().size() >= count);
    return api.posts();
  }

  private List<FakeSlackApi.Response> awaitResponses(int count) {
    await().atMost(WAIT).until(() -> api.responses().size() >= count);
    return api.responses();
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec("articles", "List the articles", (message, args) -> articles(args)),
        new CommandSpec(
            "summary",
            "Summarize an article",
            (message, args) ->
                List.of(
                    Reply.text("Summary of article " + args + " for " + message.userId() + "."))),
        new CommandSpec(
            "add",
            "Add an article",
            (message, args) -> {
              ran.add("add " + args);
              return List.of(Reply.text("Added."));
            }),
        new CommandSpec(
            "fetch",
            "Add an article from a link, slowly",
            (message, args) -> {
              message.progress().show("Fetching " + args + "…");
              message.progress().show("Reading the article…");
              return List.of(Reply.text("Added: The harbour reopens."));
            }),
        new CommandSpec(
            "subscriptions",
            "List this chat's digests",
            (message, args) ->
                List.of(
                    Reply.text("Digest 3 at 08:00")
                        .withButtons(
                            List.of(
                                List.of(
                                    new Button("Pause", "/pause 3"),
                                    new Button("Stop", "/unsubscribe 3")))))),
        new CommandSpec(
            "pause",
            "Pause a digest",
            (message, args) -> {
              if (!"3".equals(args)) {
                throw new BriefingException("There is no digest " + args + " here.");
              }
              ran.add(
                  "pause " + args + " in " + message.chat().chatId() + " by " + message.userId());
              return List.of(Reply.text("Paused digest 3."));
            }));
  }

  private static List<Reply> articles(String args) {
    int page;
    try {
      page = args.isEmpty() ? 1 : Integer.parseInt(args);
    } catch (NumberFormatException e) {
      throw new BriefingException("Not a page: " + args);
    }
    if (page < 1 || page > 3) {
      throw new BriefingException("There is no page " + page + ".");
    }
    return List.of(
        Reply.text("Articles, page " + page)
            .withButtons(
                List.of(
                    List.of(
                        new Button("◀", "/articles " + (page - 1)),
                        new Button("▶", "/articles " + (page + 1))))));
  }
}
