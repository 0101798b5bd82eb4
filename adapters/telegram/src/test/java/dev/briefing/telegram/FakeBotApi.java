package dev.briefing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake Bot API on 127.0.0.1: answers getMe, deleteWebhook, setWebhook, setMyCommands, getUpdates
 * (a short long poll over queued updates) and sendMessage, and records every call. Method names are
 * matched case-insensitively, as TelegramBots lower-cases them.
 */
final class FakeBotApi extends Dispatcher implements AutoCloseable {
  /** One call to the API, with the time it arrived. */
  record Call(String method, String body, long nanoTime) {
    JsonNode json() {
      try {
        return Fixtures.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> sendFailures = new ArrayDeque<>();
  private final AtomicInteger messageIds = new AtomicInteger(100);

  FakeBotApi() throws IOException {
    server.setDispatcher(this);
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The base URL to give the bot as TELEGRAM_API_URL. */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  /** Queues updates (JSON objects) for the next getUpdates, all in one batch. */
  void queueUpdates(String... json) {
    if (json.length == 1) {
      updates.add(json[0]);
    } else {
      updates.add(String.join(",", json));
    }
  }

  /** The next sendMessage calls fail with these Bot API error answers, in order. */
  synchronized void failSends(int status, String... errorJson) {
    for (String json : errorJson) {
      sendFailures.add(new MockResponse().setResponseCode(status).setBody(json));
    }
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** The sendMessage calls to one chat. */
  List<JsonNode> sentTo(String chatId) {
    List<JsonNode> sent = new ArrayList<>();
    for (Call call : calls("sendMessage")) {
      JsonNode json = call.json();
      if (json.path("chat_id").asText().equals(chatId)) {
        sent.add(json);
      }
    }
    return sent;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    List<String> path = request.getRequestUrl().pathSegments();
    String method = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
    Call call = new Call(method, request.getBody().readUtf8(), System.nanoTime());
    calls.add(call);
    return switch (method) {
      case "getme" ->
          ok(
              "{\"id\":777000111,\"is_bot\":true,\"first_name\":\"Briefing\","
                  + "\"username\":\"BriefingTestBot\"}");
      case "deletewebhook", "setwebhook", "setmycommands" -> ok("true");
      case "getupdates" -> ok("[" + nextUpdates() + "]");
      case "sendmessage" -> sendMessage(call);
      default -> new MockResponse().setResponseCode(404).setBody("{\"ok\":false}");
    };
  }

  private String nextUpdates() throws InterruptedException {
    String first = updates.poll(200, TimeUnit.MILLISECONDS);
    if (first == null) {
      return "";
    }
    List<String> batch = new ArrayList<>(List.of(first));
    updates.drainTo(batch);
    return String.join(",", batch);
  }

  private MockResponse sendMessage(Call call) {
    synchronized (this) {
      MockResponse failure = sendFailures.pollFirst();
      if (failure != null) {
        return failure;
      }
    }
    String chatId = call.json().path("chat_id").asText();
    return ok(
        "{\"message_id\":"
            + messageIds.incrementAndGet()
            + ",\"date\":1764300000,\"chat\":{\"id\":"
            + chatId
            + ",\"type\":\"private\"},\"text\":\"sent\"}");
  }

  private static MockResponse ok(String result) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"ok\":true,\"result\":" + result + "}");
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
