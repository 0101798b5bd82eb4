package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.settings.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Groups over real HTTP to {@link FakeBotApi}: admin commands for the chat's admins as
 * getChatMember reports them, "typing…" while an answer is slow, and messages without link
 * previews.
 */
class TelegramGroupsIT {
  private static final Duration WAIT = TelegramBotIT.WAIT;
  private static final long GROUP = -1005550001L;
  private static final String REFUSAL =
      "Only this chat's admins can use /subscribe here; ask one of them.";

  private final List<String> subscribed = new CopyOnWriteArrayList<>();
  private final CountDownLatch slowMayFinish = new CountDownLatch(1);
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    TelegramSettings settings =
        TelegramSettings.longPolling("123456:TEST-token")
            .withApiUrl(api.url())
            .withPollTimeout(Duration.ofSeconds(1));
    List<CommandSpec> commands = commands();
    bot =
        new TelegramBot(
            settings,
            new CommandRouter(commands, (message, text) -> List.of(Reply.text("Answer."))),
            commands,
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            Clock.systemUTC());
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    slowMayFinish.countDown();
    bot.close();
    api.close();
  }

  @Test
  void refusesSubscribeToAGroupMemberWhoIsNoAdmin() {
    api.queueUpdates(FakeBotApi.groupUpdate(7001, GROUP, 701, "/subscribe 08:00"));

    assertThat(awaitTexts(GROUP, 1)).containsExactly(REFUSAL);
    assertThat(subscribed).isEmpty();
    JsonNode asked = api.calls("getChatMember").get(0).json();
    assertThat(asked.path("chat_id").asText()).isEqualTo(String.valueOf(GROUP));
    assertThat(asked.path("user_id").asLong()).isEqualTo(701);
  }

  @Test
  void letsAGroupAdminSubscribeAskingTelegramOnceForTwoCommands() {
    api.makeAdmin(GROUP, 702);
    api.queueUpdates(
        FakeBotApi.groupUpdate(7002, GROUP, 702, "/subscribe 08:00"),
        FakeBotApi.groupUpdate(7003, GROUP, 702, "/subscribe 18:00"));

    assertThat(awaitTexts(GROUP, 2))
        .containsExactly("Subscribed at 08:00.", "Subscribed at 18:00.");
    assertThat(subscribed).containsExactly("08:00", "18:00");
    assertThat(api.calls("getChatMember")).hasSize(1);
  }

  @Test
  void aQuestionInAGroupAsksNobodyWhetherTheSenderIsAdmin() {
    api.queueUpdates(FakeBotApi.groupUpdate(7004, GROUP, 703, "@BriefingTestBot what happened?"));

    assertThat(awaitTexts(GROUP, 1)).containsExactly("Answer.");
    assertThat(api.calls("getChatMember")).isEmpty();
  }

  @Test
  void aChannelSubscribesWithoutAskingWhoPosted() {
    api.queueUpdates(
        "{\"update_id\":7005,\"channel_post\":{\"message_id\":5,\"date\":1764300000,"
            + "\"chat\":{\"id\":-1007770001,\"type\":\"channel\",\"title\":\"Wire\"},"
            + "\"sender_chat\":{\"id\":-1007770001,\"type\":\"channel\",\"title\":\"Wire\"},"
            + "\"text\":\"/subscribe 07:00\"}}");

    assertThat(awaitTexts(-1007770001L, 1)).containsExactly("Subscribed at 07:00.");
    assertThat(api.calls("getChatMember")).isEmpty();
  }

  @Test
  void showsTypingWhileAnAnswerIsSlowButNotForAQuickOne() {
    api.queueUpdates(FakeBotApi.privateUpdate(7006, 704, "quick"));
    awaitTexts(704, 1);
    api.queueUpdates(FakeBotApi.privateUpdate(7007, 705, "/slow"));

    // The slow answer waits until Telegram was told the bot is typing: no sleep, no timing.
    await().atMost(WAIT).until(() -> !typingTo(705).isEmpty());
    slowMayFinish.countDown();

    assertThat(awaitTexts(705, 1)).containsExactly("Slow answer.");
    assertThat(typingTo(705).get(0).path("action").asText()).isEqualTo("typing");
    // The quick answer's check fell due a second after it started, before the slow one's.
    assertThat(typingTo(704)).isEmpty();
  }

  @Test
  void sendsMessagesWithoutLinkPreviews() {
    api.queueUpdates(FakeBotApi.privateUpdate(7008, 706, "see https://example.org/a"));

    awaitTexts(706, 1);
    JsonNode sent = api.sentTo("706").get(0);
    assertThat(sent.path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
  }

  private List<String> awaitTexts(long chatId, int count) {
    String chat = String.valueOf(chatId);
    await().atMost(WAIT).until(() -> api.sentTo(chat).size() >= count);
    return api.sentTo(chat).stream().map(json -> json.path("text").asText()).toList();
  }

  private List<JsonNode> typingTo(long chatId) {
    return api.calls("sendChatAction").stream()
        .map(FakeBotApi.Call::json)
        .filter(json -> json.path("chat_id").asText().equals(String.valueOf(chatId)))
        .toList();
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "subscribe",
            "Get a daily digest",
            (message, args) -> {
              subscribed.add(args);
              return List.of(Reply.text("Subscribed at " + args + "."));
            }),
        new CommandSpec(
            "slow",
            "Takes its time",
            (message, args) -> {
              try {
                slowMayFinish.await(WAIT.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return List.of(Reply.text("Slow answer."));
            }));
  }
}
