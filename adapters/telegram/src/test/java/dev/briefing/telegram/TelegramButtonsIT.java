package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.settings.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inline buttons over real HTTP to {@link FakeBotApi}: keyboards on replies, presses answered with
 * answerCallbackQuery, paging edited in place, and a progress message edited into its answer.
 */
class TelegramButtonsIT {
  private static final Duration WAIT = TelegramBotIT.WAIT;
  private static final String EXPIRED = "This button has expired.";

  private final ButtonCommands commands = new ButtonCommands();
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
        new TelegramBot(
            settings,
            commands.router(),
            commands.specs(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            Clock.systemUTC());
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    commands.releaseAdds();
    bot.close();
    api.close();
  }

  @Test
  void asksForButtonPresses() {
    await().atMost(WAIT).until(() -> !api.calls("getUpdates").isEmpty());
    assertThat(api.calls("getUpdates").get(0).json().path("allowed_updates").toString())
        .contains("callback_query");
  }

  @Test
  void pressingNextOnAListingEditsItToPageTwo() {
    api.queueUpdates(FakeBotApi.privateUpdate(6001, 901, "/articles"));
    await().atMost(WAIT).until(() -> api.sentTo("901").size() == 1);
    JsonNode listing = api.sentTo("901").get(0);
    JsonNode next = listing.path("reply_markup").path("inline_keyboard").get(0).get(0);
    assertThat(next.path("text").asText()).isEqualTo("▶");
    int listingId = api.messageIdsIn("901").get(0);

    api.queueUpdates(
        FakeBotApi.callbackUpdate(
            6002, 901, 901, listingId, Instant.now(), next.path("callback_data").asText()));

    await().atMost(WAIT).until(() -> api.editsIn("901").size() == 1);
    JsonNode edit = api.editsIn("901").get(0);
    assertThat(edit.path("message_id").asInt()).isEqualTo(listingId);
    assertThat(edit.path("text").asText()).isEqualTo("Articles, page 2 of 3.");
    assertThat(edit.path("reply_markup").path("inline_keyboard").get(0))
        .extracting(button -> button.path("callback_data").asText())
        .containsExactly("/articles 1", "/articles 3");
    await().atMost(WAIT).until(() -> api.buttonAnswers().size() == 1);
    JsonNode answer = api.buttonAnswers().get(0);
    assertThat(answer.path("callback_query_id").asText()).isEqualTo("cb6002");
    assertThat(answer.has("text")).isFalse();
    assertThat(api.sentTo("901")).hasSize(1); // edited, not posted again
  }

  @Test
  void aForgedPressGetsTheExpiredNoticeAndChangesNothing() {
    api.queueUpdates(
        FakeBotApi.callbackUpdate(6101, 902, 902, 55, Instant.now(), "/add http://evil"),
        FakeBotApi.inlineCallbackUpdate(6102, 902, "/articles 2"));

    await().atMost(WAIT).until(() -> api.buttonAnswers().size() == 2);
    assertThat(api.buttonAnswers())
        .allSatisfy(a -> assertThat(a.path("text").asText()).isEqualTo(EXPIRED))
        .allSatisfy(a -> assertThat(a.path("show_alert").asBoolean(true)).isFalse());
    // A typed command after them is answered, and is all that ran or was sent.
    api.queueUpdates(FakeBotApi.privateUpdate(6103, 902, "/summary harbour"));
    await().atMost(WAIT).until(() -> api.sentTo("902").size() == 1);
    assertThat(commands.ran()).containsExactly("/summary harbour");
    assertThat(api.calls("editMessageText")).isEmpty();
  }

  @Test
  void aStalePauseButtonGetsTheExpiredNotice() {
    commands.subscribe("5");
    api.queueUpdates(FakeBotApi.callbackUpdate(6201, 903, 903, 60, Instant.now(), "/pause 5"));
    await().atMost(WAIT).until(() -> api.sentTo("903").size() == 1);
    assertThat(api.sentTo("903").get(0).path("text").asText()).isEqualTo("Paused digest 5.");

    // The same button again: the subscription it named is gone.
    api.queueUpdates(FakeBotApi.callbackUpdate(6202, 903, 903, 60, Instant.now(), "/pause 5"));

    await().atMost(WAIT).until(() -> api.buttonAnswers().size() == 2);
    assertThat(api.buttonAnswers().get(0).has("text")).isFalse();
    assertThat(api.buttonAnswers().get(1).path("text").asText()).isEqualTo(EXPIRED);
    assertThat(commands.ran()).containsExactly("/pause 5");
    assertThat(api.sentTo("903")).hasSize(1);
  }

  @Test
  void aSlowCommandsProgressMessageIsEditedIntoItsAnswer() {
    commands.holdAdds();
    api.queueUpdates(FakeBotApi.privateUpdate(6301, 904, "/add https://example.org/a"));

    await().atMost(WAIT).until(() -> api.sentTo("904").size() == 1);
    JsonNode progress = api.sentTo("904").get(0);
    assertThat(progress.path("text").asText()).isEqualTo("Fetching example.org/a…");
    assertThat(progress.path("reply_parameters").path("message_id").asInt()).isEqualTo(301);
    commands.releaseAdds();

    await().atMost(WAIT).until(() -> api.editsIn("904").size() == 1);
    JsonNode answer = api.editsIn("904").get(0);
    assertThat(answer.path("message_id").asInt()).isEqualTo(api.messageIdsIn("904").get(0));
    assertThat(answer.path("text").asText())
        .isEqualTo("Added “Harbour reopens” from https://example.org/a.");
    assertThat(api.sentTo("904")).hasSize(1);
  }

  @Test
  void anAnswerWhoseProgressMessageWasDeletedIsSentAnew() {
    commands.holdAdds();
    api.queueUpdates(FakeBotApi.privateUpdate(6401, 905, "/add https://example.org/b"));
    await().atMost(WAIT).until(() -> api.sentTo("905").size() == 1);
    api.deleteMessage("905", api.messageIdsIn("905").get(0));

    commands.releaseAdds();

    await().atMost(WAIT).until(() -> api.sentTo("905").size() == 2);
    List<JsonNode> sent = api.sentTo("905");
    assertThat(sent.get(1).path("text").asText()).startsWith("Added");
    assertThat(api.editsIn("905")).hasSize(1); // tried, refused: message to edit not found
  }
}
