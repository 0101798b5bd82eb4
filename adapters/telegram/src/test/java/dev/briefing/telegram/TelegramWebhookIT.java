package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.inbound.WebhookServer;
import dev.briefing.telegram.settings.TelegramSettings;
import dev.briefing.testing.CapturedLogs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelegramWebhookIT {
  private static final String SECRET = "right_secret-42";

  private final List<String> questions = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    TelegramSettings settings =
        TelegramSettings.longPolling("123456:TEST-token")
            .withApiUrl(api.url())
            .withWebhook(
                new TelegramSettings.Webhook(
                    URI.create("https://bot.example.org/telegram/hook"), SECRET, 0));
    bot =
        new TelegramBot(
            settings,
            TelegramBotIT.router(questions),
            TelegramBotIT.commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            Clock.systemUTC());
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    api.close();
  }

  @Test
  void registersTheWebhookWithItsSecretInsteadOfPolling() {
    assertThat(api.calls("setWebhook")).hasSize(1);
    assertThat(api.calls("setWebhook").get(0).body())
        .contains("https://bot.example.org/telegram/hook")
        .contains(SECRET);
    assertThat(api.calls("getUpdates")).isEmpty();
    assertThat(api.calls("deleteWebhook")).isEmpty();
  }

  @Test
  void rejectsUpdatesWithAWrongOrMissingSecretAndProcessesTheRightOne() throws Exception {
    assertThat(post(TelegramBotIT.privateUpdate(3001, 701, "forged"), "wrong")).isEqualTo(401);
    assertThat(post(TelegramBotIT.privateUpdate(3002, 701, "unsigned"), null)).isEqualTo(401);
    assertThat(post(TelegramBotIT.privateUpdate(3003, 701, "genuine"), SECRET)).isEqualTo(200);

    await().atMost(TelegramBotIT.WAIT).until(() -> !api.sentTo("701").isEmpty());

    assertThat(questions).containsExactly("genuine");
    assertThat(api.sentTo("701")).hasSize(1);
  }

  @Test
  void processesAnUpdateTelegramRedeliversOnlyOnce() throws Exception {
    String update = TelegramBotIT.privateUpdate(3004, 702, "again?");
    assertThat(post(update, SECRET)).isEqualTo(200);
    assertThat(post(update, SECRET)).isEqualTo(200);
    assertThat(post(TelegramBotIT.privateUpdate(3005, 703, "next"), SECRET)).isEqualTo(200);

    await().atMost(TelegramBotIT.WAIT).until(() -> !api.sentTo("703").isEmpty());

    assertThat(questions).containsExactly("again?", "next");
  }

  @Test
  void answersOnlyOnTheWebhookPath() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + "/elsewhere"))
            .header(WebhookServer.SECRET_HEADER, SECRET)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();

    assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(404);
  }

  private int post(String json, String secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + "/telegram/hook"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (secret != null) {
      request.header(WebhookServer.SECRET_HEADER, secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private String base() {
    return "http://127.0.0.1:" + bot.webhookPort().orElseThrow();
  }

  @Test
  void neverLogsTheSecretOrTheTokenWhateverIsPosted() throws Exception {
    try (CapturedLogs logs = new CapturedLogs()) {
      assertThat(post(TelegramBotIT.privateUpdate(3006, 704, "forged"), SECRET + "x"))
          .isEqualTo(401);
      assertThat(post("{not json", SECRET)).isEqualTo(400);
      assertThat(post(TelegramBotIT.privateUpdate(3007, 704, "genuine"), SECRET)).isEqualTo(200);
      await().atMost(TelegramBotIT.WAIT).until(() -> !api.sentTo("704").isEmpty());
      bot.close();

      assertThat(only(logs.containing("without the right secret token")).getMDCPropertyMap())
          .containsEntry("platform", "telegram");
      assertThat(logs.everything())
          .isNotEmpty()
          .noneMatch(line -> line.contains(SECRET) || line.contains("TEST-token"));
    }
  }

  private static ch.qos.logback.classic.spi.ILoggingEvent only(
      List<ch.qos.logback.classic.spi.ILoggingEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
