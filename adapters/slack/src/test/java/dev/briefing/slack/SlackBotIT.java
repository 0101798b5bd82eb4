package dev.briefing.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.BlockKitJson;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackBotIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final Citation CITATION =
      new Citation("harbour-report", 3, "The harbour reopens in May, the minister said.");

  private final List<String> questions = new CopyOnWriteArrayList<>();
  private final CountDownLatch summaryGate = new CountDownLatch(1);
  private final AtomicInteger triggers = new AtomicInteger();
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(Clock.systemUTC());
  private FakeSlackApi api;
  private SlackBot bot;
  private SignedRequests slack;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    SlackSettings settings =
        SlackSettings.http("xoxb-test-token", SECRET, 0).withApiUrl(api.apiUrl());
    bot =
        new SlackBot(
            settings,
            router(),
            commands(),
            subscriptions,
            InboundDedup.inMemory(),
            Clock.systemUTC());
    bot.start();
    slack = new SignedRequests(bot.httpPort().orElseThrow(), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    summaryGate.countDown();
    bot.close();
    api.close();
  }

  @Test
  void answersSlacksUrlVerificationChallenge() {
    String body =
        "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV\",\"type\":\"url_verification\"}";

    HttpResponse<String> response = slack.post(SignedRequests.JSON, body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV");
  }

  @Test
  void answersAMentionInItsThreadWithCitations() {
    HttpResponse<String> ack = slack.post(SignedRequests.JSON, Fixtures.json("app-mention"));

    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlackApi.Post post = awaitPosts(1).get(0);
    assertThat(post.channel()).isEqualTo("C0NEWS");
    assertThat(post.form()).containsEntry("thread_ts", "1700000000.000100");
    assertThat(post.form().get("text")).isEqualTo("The harbour reopens in May.");
    JsonArray blocks = post.blocks();
    assertThat(BlockKitJson.sectionText(blocks.get(0))).isEqualTo("The harbour reopens in May.");
    assertThat(BlockKitJson.contextTexts(blocks.get(1)))
        .containsExactly(
            "*Sources*\nharbour-report: [1] sentence 3\n"
                + "[1] “The harbour reopens in May, the minister said.”");
    assertThat(questions).containsExactly("what did the minister say about the harbour?");
  }

  @Test
  void answersADirectMessageAndIgnoresItsOwnAndEditedMessages() {
    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("own-message")).statusCode())
        .isEqualTo(200);
    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("edited-message")).statusCode())
        .isEqualTo(200);
    slack.post(SignedRequests.JSON, Fixtures.json("direct-message"));

    FakeSlackApi.Post post = awaitPosts(1).get(0);

    assertThat(post.channel()).isEqualTo("D0ALICE");
    assertThat(post.form()).doesNotContainKey("thread_ts");
    assertThat(questions).containsExactly("who was quoted in the report?");
  }

  @Test
  void acknowledgesTheSlashCommandAtOnceAndAnswersThroughItsResponseUrl() {
    long started = System.nanoTime();
    HttpResponse<String> ack = slack.post(SignedRequests.FORM, slashCommand("summary 3"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();
    assertThat(took).isLessThan(Duration.ofSeconds(3));
    assertThat(api.responses()).isEmpty(); // the command is still waiting on the gate
    summaryGate.countDown();

    await().atMost(WAIT).until(() -> api.responses().size() == 1);
    JsonObject response = api.responses().get(0).json();
    assertThat(response.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(response.get("text").getAsString()).isEqualTo("Summary of 3 sentences.");
    assertThat(api.responses().get(0).path()).isEqualTo("/commands/T0TEAM/1");
    assertThat(api.posts()).isEmpty();
  }

  @Test
  void slashCommandWithAQuestionOrNothingAsksOrShowsHelp() {
    summaryGate.countDown();
    slack.post(SignedRequests.FORM, slashCommand("what did the minister say"));
    await().atMost(WAIT).until(() -> api.responses().size() == 1);
    slack.post(SignedRequests.FORM, slashCommand(""));
    await().atMost(WAIT).until(() -> api.responses().size() == 2);

    assertThat(questions).containsExactly("what did the minister say");
    assertThat(api.responses().get(1).json().get("text").getAsString())
        .startsWith("Type a question");
  }

  @Test
  void rejectsForgedStaleUnsignedAndTamperedRequestsWithoutProcessingThem() {
    String body = Fixtures.json("app-mention");
    String now = String.valueOf(Instant.now().getEpochSecond());
    String stale = String.valueOf(Instant.now().minusSeconds(6 * 60).getEpochSecond());

    int forged =
        slack
            .send(SignedRequests.JSON, body, now, SignedRequests.signature("wrong", now, body))
            .statusCode();
    int old =
        slack
            .send(SignedRequests.JSON, body, stale, SignedRequests.signature(SECRET, stale, body))
            .statusCode();
    int unsigned = slack.send(SignedRequests.JSON, body, null, null).statusCode();
    int noTimestamp =
        slack
            .send(SignedRequests.JSON, body, null, SignedRequests.signature(SECRET, now, body))
            .statusCode();
    String tampered = body.replace("what did", "leak what");
    int altered =
        slack
            .send(SignedRequests.JSON, tampered, now, SignedRequests.signature(SECRET, now, body))
            .statusCode();

    assertThat(List.of(forged, old, unsigned, noTimestamp, altered)).containsOnly(401);
    slack.post(SignedRequests.JSON, Fixtures.json("direct-message"));
    awaitPosts(1);
    assertThat(questions).containsExactly("who was quoted in the report?");
    assertThat(api.posts()).extracting(FakeSlackApi.Post::channel).containsExactly("D0ALICE");
  }

  @Test
  void answersAnEventRetriedThreeTimesOnce() {
    String body = Fixtures.json("app-mention");
    assertThat(slack.post(SignedRequests.JSON, body).statusCode()).isEqualTo(200);
    for (int retry = 1; retry <= 3; retry++) {
      HttpResponse<String> ack =
          slack.post(
              SignedRequests.JSON,
              body,
              "X-Slack-Retry-Num",
              String.valueOf(retry),
              "X-Slack-Retry-Reason",
              "http_timeout");
      assertThat(ack.statusCode()).isEqualTo(200);
    }

    awaitPosts(1);
    bot.close(); // finishes every answer in progress, so a duplicate would show now
    assertThat(questions).hasSize(1);
  }

  @Test
  void waitsTheRetryAfterSlackNamesWhenRateLimited() {
    api.failPosts(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("Retry-After", "1")
            .setHeader("Content-Type", "application/json")
            .setBody("{\"ok\":false,\"error\":\"ratelimited\"}"));

    slack.post(SignedRequests.JSON, Fixtures.json("app-mention"));

    List<FakeSlackApi.Post> posts = awaitPosts(2);
    long gap = posts.get(1).nanoTime() - posts.get(0).nanoTime();
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(posts.get(1).form()).isEqualTo(posts.get(0).form());
  }

  @Test
  void escapesMentionsAndMarkupInAnswersAndArticleText() {
    bot.chatAdapter()
        .send(
            ChatAddress.of("slack", "C0NEWS"),
            new Reply(
                "Heads up <!channel>: costs & profits > zero",
                List.of(new Citation("q&a", 1, "Ping <!here> & <@U0BOSS> > all"))));

    FakeSlackApi.Post post = awaitPosts(1).get(0);

    String raw = post.form().get("blocks") + post.form().get("text");
    assertThat(raw).doesNotContain("<!channel>", "<!here>", "<@U0BOSS>");
    assertThat(BlockKitJson.sectionText(post.blocks().get(0)))
        .isEqualTo("Heads up &lt;!channel&gt;: costs &amp; profits &gt; zero");
    assertThat(BlockKitJson.contextTexts(post.blocks().get(1)).get(0))
        .isEqualTo(
            "*Sources*\nq&amp;a: [1] sentence 1\n"
                + "[1] “Ping &lt;!here&gt; &amp; &lt;@U0BOSS&gt; &gt; all”");
    assertThat(post.form().get("text")).contains("&lt;!channel&gt;");
  }

  @Test
  void splitsAnAnswerOverThreeThousandCharactersIntoValidBlocks() {
    String body = Fixtures.json("direct-message").replace("who was quoted in the report?", "long");
    slack.post(SignedRequests.JSON, body);

    FakeSlackApi.Post post = awaitPosts(1).get(0);

    JsonArray blocks = post.blocks();
    assertThat(blocks.size()).isBetween(3, SlackRenderer.MAX_BLOCKS);
    int total = 0;
    for (JsonElement block : blocks) {
      String text = BlockKitJson.sectionText(block);
      assertThat(text.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION_TEXT);
      total += text.length();
    }
    assertThat(total).isGreaterThan(7_000);
  }

  @Test
  void postsADigestToASubscribedChannelAndPausesItWhenTheBotWasRemoved() {
    ChatAddress channel = ChatAddress.of("slack", "C0DIGEST");
    Subscription subscription =
        subscriptions.add(
            new NewSubscription(
                channel, LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));

    bot.chatAdapter().send(channel, new Reply("Morning digest.", List.of(CITATION)));
    assertThat(awaitPosts(1).get(0).channel()).isEqualTo("C0DIGEST");
    assertThat(awaitPosts(1).get(0).form()).doesNotContainKey("thread_ts");

    api.failPosts(FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    bot.chatAdapter().send(channel, Reply.text("Evening digest."));

    await()
        .atMost(WAIT)
        .until(() -> subscriptions.findById(subscription.id()).orElseThrow().paused());
    assertThat(api.postsTo("C0DIGEST")).hasSize(2);
  }

  @Test
  void aChannelThatInvitesTheBotBackGetsItsPausedDigestBackWithOneLine() {
    ChatAddress channel = ChatAddress.of("slack", "C0DIGEST");
    Subscription subscription =
        subscriptions.add(
            new NewSubscription(
                channel, LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));
    api.failPosts(FakeSlackApi.json("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    bot.chatAdapter().send(channel, Reply.text("Morning digest."));
    await()
        .atMost(WAIT)
        .until(() -> subscriptions.findById(subscription.id()).orElseThrow().paused());

    // Someone else joining says nothing about the bot; the bot's own join does.
    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("member-joined-someone")).statusCode())
        .isEqualTo(200);
    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("member-joined-bot")).statusCode())
        .isEqualTo(200);

    await()
        .atMost(WAIT)
        .until(() -> !subscriptions.findById(subscription.id()).orElseThrow().paused());
    await().atMost(WAIT).until(() -> api.postsTo("C0DIGEST").size() == 2);
    assertThat(api.postsTo("C0DIGEST").get(1).form().get("text")).contains("on again");
  }

  @Test
  void anUnarchivedChannelGetsItsPausedDigestBack() {
    ChatAddress channel = ChatAddress.of("slack", "C0ARCHIVE");
    Subscription subscription =
        subscriptions.add(
            new NewSubscription(
                channel, LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));
    subscriptions.pauseChat(channel);

    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("channel-unarchive")).statusCode())
        .isEqualTo(200);

    await()
        .atMost(WAIT)
        .until(() -> !subscriptions.findById(subscription.id()).orElseThrow().paused());
    assertThat(awaitPosts(1).get(0).channel()).isEqualTo("C0ARCHIVE");
  }

  @Test
  void theHelpInADirectMessageTeachesCommandsWithoutTheirSlash() {
    slack.post(
        SignedRequests.JSON,
        Fixtures.json("direct-message").replace("who was quoted in the report?", "help"));

    String text = awaitPosts(1).get(0).form().get("text");
    assertThat(text)
        .contains("\nsummary — Summarize the newest article")
        .doesNotContain("/summary");
    assertThat(questions).isEmpty();
  }

  @Test
  void publishesTheAppHomeWithTheHelpWhenItIsOpened() {
    assertThat(slack.post(SignedRequests.JSON, Fixtures.json("app-home-opened")).statusCode())
        .isEqualTo(200);

    await().atMost(WAIT).until(() -> api.homeViews().size() == 1);
    assertThat(api.homeViews().get(0)).containsEntry("user_id", "U0ALICE");
    JsonObject view = Fixtures.GSON.fromJson(api.homeViews().get(0).get("view"), JsonObject.class);
    assertThat(view.get("type").getAsString()).isEqualTo("home");
    assertThat(view.toString()).contains("Summarize the newest article");
    assertThat(api.posts()).isEmpty();
  }

  private List<FakeSlackApi.Post> awaitPosts(int count) {
    await().atMost(WAIT).until(() -> api.posts().size() >= count);
    return api.posts();
  }

  private String slashCommand(String text) {
    return "token=legacy&team_id=T0TEAM&team_domain=news&channel_id=C0NEWS&channel_name=news"
        + "&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(
            api.responseUrl(String.valueOf(api.responses().size() + 1)), StandardCharsets.UTF_8)
        + "&trigger_id=1.2."
        + triggers.incrementAndGet();
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "summary",
            "Summarize the newest article",
            (message, args) -> {
              awaitGate();
              return List.of(Reply.text("Summary of " + args + " sentences."));
            }));
  }

  private CommandRouter router() {
    return new CommandRouter(
        commands(),
        (message, text) -> {
          questions.add(text);
          return switch (text) {
            case "long" -> List.of(Reply.text(Fixtures.longText(7_500)));
            default -> List.of(new Reply("The harbour reopens in May.", List.of(CITATION)));
          };
        });
  }

  private void awaitGate() {
    try {
      if (!summaryGate.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never opened the gate");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
