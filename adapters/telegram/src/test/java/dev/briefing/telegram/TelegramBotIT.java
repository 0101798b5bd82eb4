package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.telegram.rendering.TelegramRenderer;
import dev.briefing.telegram.rendering.TelegramRendererTest;
import dev.briefing.telegram.settings.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public class TelegramBotIT {
  public static final Duration WAIT = Duration.ofSeconds(20);

  private final List<String> questions = new CopyOnWriteArrayList<>();
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(Clock.systemUTC());
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    TelegramSettings settings =
        TelegramSettings.longPolling("123456:TEST-token")
            .withApiUrl(api.url())
            .withPollTimeout(Duration.ofSeconds(1));
    bot =
        new TelegramBot(settings, router(questions), commands(), subscriptions, Clock.systemUTC());
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    api.close();
  }

  @Test
  void startsWithGetMeCommandMenuAndDeleteWebhook() {
    assertThat(api.calls("getMe")).hasSize(1);
    assertThat(api.calls("deleteWebhook")).hasSize(1);
    JsonNode menu = api.calls("setMyCommands").get(0).json().path("commands");
    assertThat(menu.get(0).path("command").asText()).isEqualTo("summary");
  }

  @Test
  void answersAPrivateQuestionWithCitationsQuotingTheQuestion() {
    api.queueUpdates(Fixtures.json("private-question"));

    JsonNode sent = awaitOneMessageTo("501");

    assertThat(sent.path("parse_mode").asText()).isEqualToIgnoringCase("html");
    assertThat(sent.path("reply_parameters").path("message_id").asInt()).isEqualTo(11);
    assertThat(sent.path("text").asText())
        .startsWith("The harbour reopens in May.")
        .contains("<b>Sources</b>\nharbour-report: [1] sentence 3\n<blockquote>[1] ");
    assertThat(questions).containsExactly("What did the minister say about the harbour?");
  }

  @Test
  void answersAGroupMentionAndIgnoresUnrelatedChatter() {
    // One batch in update_id order, as Telegram serves them: a poll that took the chatter (1003)
    // alone would confirm past the mention (1002), which the long poll then rightly drops.
    api.queueUpdates(Fixtures.json("group-mention"), Fixtures.json("group-chatter"));

    awaitOneMessageTo("-1001234567890");

    assertThat(questions).containsExactly("who was quoted in the report?");
  }

  @Test
  void answersACommandAddressedWithTheBotsName() {
    api.queueUpdates(Fixtures.json("group-command-for-us"));

    assertThat(awaitOneMessageTo("-200300").path("text").asText())
        .isEqualTo("Summary of 3 sentences.");
  }

  @Test
  void splitsATenThousandCharacterAnswerIntoValidMessages() {
    api.queueUpdates(privateUpdate(2001, 601, "long"));

    int expected = new TelegramRenderer().render(Reply.text(LONG_ANSWER)).size();
    assertThat(expected).isGreaterThanOrEqualTo(3);
    await().atMost(WAIT).until(() -> api.sentTo("601").size() == expected);

    List<String> chunks = api.sentTo("601").stream().map(j -> j.path("text").asText()).toList();
    chunks.forEach(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(4096));
    chunks.forEach(TelegramRendererTest::assertValidHtml);
    String joined = TelegramRendererTest.unescape(String.join(" ", chunks));
    assertThat(joined.split("\\s+")).containsExactly(LONG_ANSWER.strip().split("\\s+"));
  }

  @Test
  void escapesMarkupFromArticleText() {
    api.queueUpdates(privateUpdate(2002, 602, "markup"));

    String text = awaitOneMessageTo("602").path("text").asText();

    assertThat(text).isEqualTo("Tagged &lt;b&gt;bold&lt;/b&gt; &amp; closed &lt;/code&gt; early.");
  }

  @Test
  void processesAnUpdateDeliveredTwiceOnlyOnce() {
    String update = privateUpdate(2003, 603, "What did the minister say?");
    api.queueUpdates(update, update);
    api.queueUpdates(privateUpdate(2004, 604, "And the harbour?"));

    awaitOneMessageTo("604");

    assertThat(api.sentTo("603")).hasSize(1);
    assertThat(questions).containsExactly("What did the minister say?", "And the harbour?");
  }

  @Test
  void deliversADigestSentThroughTheChatAdapter() {
    bot.chatAdapter()
        .send(ChatAddress.of("telegram", "605"), new Reply("Morning digest.", List.of(CITATION)));

    JsonNode sent = awaitOneMessageTo("605");

    assertThat(sent.path("text").asText()).startsWith("Morning digest.").contains("Sources");
    assertThat(sent.has("reply_parameters")).isFalse();
  }

  @Test
  void waitsTheRetryAfterOfA429BeforeSendingAgain() {
    api.failSends(
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
            + "\"parameters\":{\"retry_after\":1}}");
    bot.chatAdapter().send(ChatAddress.of("telegram", "606"), Reply.text("Digest."));

    await().atMost(WAIT).until(() -> api.sentTo("606").size() == 2);

    List<FakeBotApi.Call> attempts = api.calls("sendMessage");
    long gap = attempts.get(1).nanoTime() - attempts.get(0).nanoTime();
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void pausesTheSubscriptionsOfAChatThatBlockedTheBot() {
    ChatAddress chat = ChatAddress.of("telegram", "607");
    Subscription subscription = subscribe(chat);
    api.failSends(
        403,
        "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");

    bot.chatAdapter().send(chat, Reply.text("Digest."));

    await()
        .atMost(WAIT)
        .until(() -> subscriptions.findById(subscription.id()).orElseThrow().paused());
  }

  @Test
  void aChatThatBlockedAndThenUnblockedTheBotGetsItsDigestBack() {
    ChatAddress chat = ChatAddress.of("telegram", "609");
    Subscription subscription = subscribe(chat);
    api.failSends(
        403,
        "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
    bot.chatAdapter().send(chat, Reply.text("Digest."));
    await()
        .atMost(WAIT)
        .until(() -> subscriptions.findById(subscription.id()).orElseThrow().paused());

    api.queueUpdates(
        "{\"update_id\":9001,\"my_chat_member\":{\"chat\":{\"id\":609,\"type\":\"private\","
            + "\"first_name\":\"Ann\"},\"from\":{\"id\":609,\"is_bot\":false,"
            + "\"first_name\":\"Ann\"},\"date\":1764300000,\"old_chat_member\":{\"status\":"
            + "\"kicked\",\"user\":{\"id\":7,\"is_bot\":true,\"first_name\":\"B\"},"
            + "\"until_date\":0},\"new_chat_member\":{\"status\":\"member\",\"user\":"
            + "{\"id\":7,\"is_bot\":true,\"first_name\":\"B\"}}}}");

    await()
        .atMost(WAIT)
        .until(() -> !subscriptions.findById(subscription.id()).orElseThrow().paused());
    // The refused digest, then the note.
    await().atMost(WAIT).until(() -> api.sentTo("609").size() == 2);
    assertThat(api.sentTo("609").get(1).path("text").asText()).contains("on again");
    assertThat(api.calls("getUpdates").get(0).json().path("allowed_updates").toString())
        .contains("my_chat_member");
  }

  @Test
  void answersACommandPostedInAChannelWhereItIsAnAdmin() {
    api.queueUpdates(
        "{\"update_id\":9101,\"channel_post\":{\"message_id\":77,\"date\":1764300000,"
            + "\"chat\":{\"id\":-1001234,\"type\":\"channel\",\"title\":\"Newsroom\"},"
            + "\"sender_chat\":{\"id\":-1001234,\"type\":\"channel\",\"title\":\"Newsroom\"},"
            + "\"text\":\"/summary 2\"}}");

    await().atMost(WAIT).until(() -> api.sentTo("-1001234").size() == 1);
    assertThat(api.calls("getUpdates").get(0).json().path("allowed_updates").toString())
        .contains("channel_post");
  }

  @Test
  void followsAGroupThatMigratedToASupergroup() {
    ChatAddress group = ChatAddress.of("telegram", "-608");
    Subscription subscription = subscribe(group);
    api.failSends(
        400,
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded"
            + " to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1000000000608}}");

    bot.chatAdapter().send(group, Reply.text("Digest."));

    assertThat(awaitOneMessageTo("-1000000000608").path("text").asText()).isEqualTo("Digest.");
    assertThat(subscriptions.findById(subscription.id()).orElseThrow().chat().chatId())
        .isEqualTo("-1000000000608");
  }

  private JsonNode awaitOneMessageTo(String chatId) {
    await().atMost(WAIT).until(() -> !api.sentTo(chatId).isEmpty());
    List<JsonNode> sent = api.sentTo(chatId);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private Subscription subscribe(ChatAddress chat) {
    return subscriptions.add(
        new NewSubscription(
            chat, LocalTime.of(7, 30), Subscription.EVERY_DAY, ZoneId.of("Europe/Paris")));
  }

  static final Citation CITATION =
      new Citation("harbour-report", 3, "\"The harbour reopens in May,\" the minister said.");
  static final String LONG_ANSWER = TelegramRendererTest.longText(10_000);

  public static String privateUpdate(int updateId, long chatId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":"
        + (updateId % 1000)
        + ",\"date\":1764300000,\"from\":{\"id\":"
        + chatId
        + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"private\"},\"text\":\""
        + text
        + "\"}}";
  }

  public static List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "summary",
            "Summarize the newest article",
            (message, args) -> List.of(Reply.text("Summary of " + args + " sentences."))));
  }

  public static CommandRouter router(List<String> questions) {
    return new CommandRouter(
        commands(),
        (message, text) -> {
          questions.add(text);
          return switch (text) {
            case "long" -> List.of(Reply.text(LONG_ANSWER));
            case "markup" -> List.of(Reply.text("Tagged <b>bold</b> & closed </code> early."));
            default -> List.of(new Reply("The harbour reopens in May.", List.of(CITATION)));
          };
        });
  }
}
