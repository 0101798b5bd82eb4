package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.settings.TelegramSettings;
import dev.briefing.testing.CapturedLogs;
import dev.briefing.testing.RecordingMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bot as an operator sees it, over real HTTP to {@link FakeBotApi}: metrics, log lines with
 * their ids and never the token, and a graceful close.
 */
class TelegramOperationsIT {
  private static final String TOKEN = "123456:SECRET-token_never-logged";
  private static final Duration WAIT = TelegramBotIT.WAIT;
  private static final String TELEGRAM = "telegram";

  private final RecordingMetrics metrics = new RecordingMetrics();
  private final List<String> questions = new java.util.concurrent.CopyOnWriteArrayList<>();
  private FakeBotApi api;
  private TelegramBot bot;

  @AfterEach
  void stop() throws Exception {
    if (bot != null) {
      bot.close();
    }
    if (api != null) {
      api.close();
    }
    // The bot reports under Telegram's name only and counts no digests.
    assertThat(metrics.platforms()).isSubsetOf(TELEGRAM);
    assertThat(metrics.digests()).isEmpty();
  }

  @Test
  void countsMessagesInAndOutAnswerLatencyPlatformErrorsAndQueueDepth() throws Exception {
    start(TelegramBotIT.router(questions), Duration.ofSeconds(10));
    api.failSends(
        429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
            + "\"parameters\":{\"retry_after\":1}}");

    api.queueUpdates(
        FakeBotApi.privateUpdate(5001, 801, "What did the minister say?"),
        Fixtures.json("group-chatter"));

    await().atMost(WAIT).until(() -> api.sentTo("801").size() == 2); // the 429, then the answer
    await().atMost(WAIT).until(() -> metrics.latencies(TELEGRAM).size() == 1);
    assertThat(metrics.in(TELEGRAM)).isEqualTo(1);
    assertThat(metrics.out(TELEGRAM)).isEqualTo(1);
    assertThat(metrics.errors(TELEGRAM)).containsExactly("429");
    assertThat(metrics.latencies(TELEGRAM).get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(metrics.depth(TELEGRAM)).isZero();
  }

  @Test
  void logsEveryLineAboutAMessageWithItsIdsAndNeverTheToken() throws Exception {
    try (CapturedLogs logs = new CapturedLogs()) {
      start(TelegramBotIT.router(questions), Duration.ofSeconds(10));
      api.failSends(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
      api.queueUpdates(FakeBotApi.privateUpdate(5002, 802, "What did the minister say?"));
      await().atMost(WAIT).until(() -> api.sentTo("802").size() == 2);
      api.failSends(
          403,
          "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the"
              + " user\"}");
      CompletableFuture<Void> blocked =
          bot.chatAdapter().deliver(ChatAddress.of("telegram", "803"), Reply.text("Digest."));
      await().atMost(WAIT).until(blocked::isDone);
      api.close(); // long polling now fails to connect, logs it, and counts it
      await().atMost(WAIT).until(() -> metrics.errors(TELEGRAM).contains("io"));
      bot.close();
      assertThat(metrics.errors(TELEGRAM)).startsWith("502", "403").contains("io");

      ILoggingEvent retry = only(logs.containing("Sending to Telegram chat"));
      assertThat(retry.getMDCPropertyMap())
          .containsEntry("platform", "telegram")
          .containsEntry("chat_id", "802")
          .containsEntry("update_id", "5002");
      ILoggingEvent dropped = only(logs.containing("blocked or removed the bot"));
      assertThat(dropped.getMDCPropertyMap())
          .containsEntry("platform", "telegram")
          .containsEntry("chat_id", "803")
          .doesNotContainKey("update_id");
      assertThat(logs.everything())
          .isNotEmpty()
          .noneMatch(line -> line.contains(TOKEN) || line.contains("SECRET-token"));
    }
  }

  @Test
  void closeSendsWhatIsQueuedBeforeReturning() throws Exception {
    start(TelegramBotIT.router(questions), Duration.ofSeconds(20));
    ChatAddress chat = ChatAddress.of("telegram", "804");
    List<CompletableFuture<Void>> digests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      digests.add(bot.chatAdapter().deliver(chat, Reply.text("Digest part " + i)));
    }

    bot.close(); // one message a second to a chat: the last two wait in the queue

    assertThat(api.sentTo("804")).hasSize(3);
    assertThat(digests).allSatisfy(d -> assertThat(d).isCompleted());
  }

  @Test
  void closeHandsBackWhatItCouldNotSendWithinTheBound() throws Exception {
    start(TelegramBotIT.router(questions), Duration.ofSeconds(1));
    ChatAddress chat = ChatAddress.of("telegram", "805");
    List<CompletableFuture<Void>> digests = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      digests.add(bot.chatAdapter().deliver(chat, Reply.text("Digest " + i)));
    }

    try (CapturedLogs logs = new CapturedLogs()) {
      bot.close(); // six messages at one a second cannot all go within a second
      assertThat(logs.containing("handed back")).hasSize(1);
    }

    int sent = api.sentTo("805").size();
    assertThat(sent).isBetween(1, 5);
    assertThat(digests.subList(0, sent)).allSatisfy(d -> assertThat(d).isCompleted());
    assertThat(digests.subList(sent, digests.size()))
        .allSatisfy(
            d ->
                assertThat(d)
                    .failsWithin(Duration.ZERO)
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause()
                    .isInstanceOfSatisfying(
                        NotDelivered.class, e -> assertThat(e.handedBack()).isTrue()));
    assertThat(bot.chatAdapter().queued()).isZero();
  }

  @Test
  void closeLetsAnUpdateInFlightFinishAndSendsItsAnswer() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CommandRouter slow =
        new CommandRouter(
            TelegramBotIT.commands(),
            (message, text) -> {
              entered.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return List.of(Reply.text("Answered while closing."));
            });
    start(slow, Duration.ofSeconds(10));
    api.queueUpdates(FakeBotApi.privateUpdate(5003, 806, "slow question"));
    entered.await();

    Thread closing = new Thread(bot::close, "closing");
    closing.start();
    await().atMost(WAIT).until(() -> closing.getState() == Thread.State.TIMED_WAITING);
    release.countDown();
    closing.join(WAIT.toMillis());

    assertThat(closing.isAlive()).isFalse();
    assertThat(api.sentTo("806"))
        .extracting(m -> m.path("text").asText())
        .containsExactly("Answered while closing.");
  }

  @Test
  void closeIsIdempotent() throws Exception {
    start(TelegramBotIT.router(questions), Duration.ofSeconds(1));

    bot.close();
    bot.close();
    bot.awaitClose();

    assertThat(bot.chatAdapter().queued()).isZero();
  }

  @Test
  void closesAPollInFlightWithoutAWarningOrErrorLine() throws Exception {
    start(TelegramBotIT.router(questions), Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> api.calls("getUpdates").size() >= 3);

    try (CapturedLogs logs = new CapturedLogs()) {
      bot.close();
      // The poll in flight ends on its own thread, maybe after close() returned.
      await().atMost(WAIT).until(() -> !pollThreadAlive());

      assertThat(logs.events())
          .noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
    }
    assertThat(metrics.errors(TELEGRAM)).isEmpty();
  }

  private static boolean pollThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("telegram-poll"));
  }

  private void start(CommandRouter router, Duration drain) throws Exception {
    api = new FakeBotApi();
    TelegramSettings settings =
        TelegramSettings.longPolling(TOKEN)
            .withApiUrl(api.url())
            .withPollTimeout(Duration.ofSeconds(1))
            .withDrainTimeout(drain);
    bot =
        new TelegramBot(
            settings,
            router,
            TelegramBotIT.commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            Clock.systemUTC(),
            metrics);
    bot.start();
  }

  private static ILoggingEvent only(List<ILoggingEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
