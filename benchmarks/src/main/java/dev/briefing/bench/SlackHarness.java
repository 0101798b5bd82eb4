package dev.briefing.bench;

import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.store.InMemoryInboundEventLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.slack.SlackBot;
import dev.briefing.slack.settings.SlackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Slack events through the bot's HTTP endpoint: 2,000 signed direct-message events, each from its
 * own channel, sent by 8 concurrent clients into {@code /slack/events} (Bolt's request verification
 * on), with a fake Web API on 127.0.0.1 taking the answers. Prints events acked per second, the ack
 * time per request (p50, p99, max), and how long until every answer was posted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.SlackHarness</pre>
 */
public final class SlackHarness {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final int EVENTS = 2000;
  private static final int CLIENTS = 8;

  private SlackHarness() {}

  public static void main(String[] args) throws Exception {
    BriefingCommands commands = HeadlineChat.commands();
    InMemoryInboundEventLog events = new InMemoryInboundEventLog(100_000);
    AtomicInteger posted = new AtomicInteger();
    MockWebServer api = new MockWebServer();
    api.setDispatcher(new WebApi(posted));
    api.setServerSocketFactory(new TelegramHarness.NoDelayServerSockets());
    api.start();
    Clock clock = Clock.systemUTC();
    try (SlackBot bot =
        new SlackBot(
            SlackSettings.http("xoxb-bench", SECRET, 0).withApiUrl(api.url("/api/").uri()),
            commands.router(),
            commands.commands(),
            new InMemorySubscriptionRepository(clock),
            id -> events.firstTime("slack", id, clock.instant()),
            clock)) {
      bot.start();
      URI endpoint =
          URI.create("http://127.0.0.1:" + bot.httpPort().orElseThrow() + "/slack/events");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      send(http, endpoint, 200, "warm"); // JIT and connection warm-up, not counted
      int before = posted.get();
      long start = System.nanoTime();
      long[] micros = send(http, endpoint, EVENTS, "ev");
      double ackSeconds = (System.nanoTime() - start) / 1e9;
      while (posted.get() - before < EVENTS) {
        Thread.sleep(5);
      }
      double answeredSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%d events from %d clients: %.0f acked/s; ack %s;"
              + " all answered (chat.postMessage) after %.2f s (%.0f/s)%n",
          EVENTS,
          CLIENTS,
          EVENTS / ackSeconds,
          Latencies.summary(micros),
          answeredSeconds,
          EVENTS / answeredSeconds);
    } finally {
      api.shutdown();
    }
  }

  /** Sends {@code count} signed events from {@link #CLIENTS} threads; the ack time of each. */
  private static long[] send(HttpClient http, URI endpoint, int count, String prefix)
      throws Exception {
    long[] micros = new long[count];
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        done.add(
            clients.submit(
                () -> {
                  for (int i = client; i < count; i += CLIENTS) {
                    String body = event(prefix + i, "C" + prefix + i, "What did Lavrov say?");
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(signed(endpoint, body), ofString());
                    micros[i] = (System.nanoTime() - sent) / 1000;
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException("ack " + response.statusCode());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdown();
    }
    return micros;
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static HttpRequest signed(URI endpoint, String body) throws Exception {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String base = "v0:" + timestamp + ":" + body;
    String signature =
        "v0=" + HexFormat.of().formatHex(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String event(String eventId, String channel, String text) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\","
        + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U0ALICE\","
        + "\"text\":\""
        + text
        + "\",\"ts\":\"1700000100.000300\",\"channel\":\""
        + channel
        + "\",\"event_ts\":\"1700000100.000300\",\"team\":\"T0TEAM\"},"
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
  }

  /** A Web API that knows who the bot is and takes every post. */
  private static final class WebApi extends Dispatcher {
    private final AtomicInteger posted;

    WebApi(AtomicInteger posted) {
      this.posted = posted;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getPath() == null ? "" : request.getPath();
      if (path.contains("auth.test")) {
        return json(
            "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"T\",\"user\":\"briefing\","
                + "\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\"}");
      }
      if (path.contains("chat.postMessage")) {
        posted.incrementAndGet();
        return json("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000200.000100\"}");
      }
      return json("{\"ok\":true}");
    }

    private static MockResponse json(String body) {
      return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
  }
}
