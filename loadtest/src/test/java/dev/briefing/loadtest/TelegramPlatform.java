package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.telegram.FakeBotApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A fake Telegram in front of the adapters' {@link FakeBotApi}: sendMessage is taken here, handed
 * to a listener without being kept (so a long run does not fill the heap being measured) and can be
 * made to fail by {@link #sendFaults()} or, for long polling, {@link #pollFaults()};
 * editMessageText is shown to a listener first; every other method (getMe, setWebhook,
 * setMyCommands, getUpdates, editMessageText, answerCallbackQuery, getChatMember) is the
 * FakeBotApi's answer.
 */
final class TelegramPlatform implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeBotApi api = new FakeBotApi();
  private final MockWebServer server = new MockWebServer();
  private final FaultPlan sendFaults = new FaultPlan();
  private final FaultPlan pollFaults = new FaultPlan();
  private final AtomicLong sendCalls = new AtomicLong();
  private final AtomicLong messageIds = new AtomicLong(100);
  private volatile Consumer<Delivered> listener = d -> {};
  private volatile Consumer<Delivered> editListener = d -> {};
  private volatile Consumer<JsonNode> markupListener = m -> {};

  TelegramPlatform() throws IOException {
    server.setServerSocketFactory(new NoDelaySockets());
    server.setDispatcher(new Front());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The Bot API base URL to give the bot. */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  /** The FakeBotApi behind: queue updates for long polling, read the calls it answered. */
  FakeBotApi api() {
    return api;
  }

  FaultPlan sendFaults() {
    return sendFaults;
  }

  FaultPlan pollFaults() {
    return pollFaults;
  }

  /** sendMessage calls received, failed ones included. */
  long sendCalls() {
    return sendCalls.get();
  }

  /** Told of every message taken, on the fake's thread. */
  void onDelivered(Consumer<Delivered> listener) {
    this.listener = listener;
  }

  /**
   * Told of every editMessageText, on the fake's thread, before the FakeBotApi answers it (as
   * Telegram, it fails an edit of a message it never posted: sendMessage is taken here).
   */
  void onEdited(Consumer<Delivered> listener) {
    this.editListener = listener;
  }

  /** Told of the inline keyboard ({@code reply_markup}) of every message sent or edited. */
  void onMarkup(Consumer<JsonNode> listener) {
    this.markupListener = listener;
  }

  // MockWebServer keeps every request it got for takeRequest(); over a long run that would be the
  // fake's memory counted as the bot's.
  private void forgetRequests() throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.SECONDS) != null) {
      // dropped
    }
  }

  @Override
  public void close() throws IOException {
    try {
      server.shutdown();
    } finally {
      api.close();
    }
  }

  private final class Front extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      forgetRequests();
      List<String> path = request.getRequestUrl().pathSegments();
      String method = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
      if (method.equals("sendmessage")) {
        return sendMessage(request);
      }
      if (method.equals("editmessagetext")) {
        edited(json(request.getBody().clone().readUtf8()));
      }
      if (method.equals("getupdates")) {
        Fault fault = pollFaults.take();
        if (fault != null) {
          return failure(fault, "[]");
        }
      }
      return api.dispatch(request);
    }

    private void edited(JsonNode json) {
      editListener.accept(
          new Delivered(
              json.path("chat_id").asText(),
              json.path("text").asText(),
              json.path("parse_mode").asText(null),
              null,
              json.path("message_id").asText(null),
              System.nanoTime(),
              false));
      if (json.has("reply_markup")) {
        markupListener.accept(json.get("reply_markup"));
      }
    }

    private MockResponse sendMessage(RecordedRequest request) {
      sendCalls.incrementAndGet();
      JsonNode json = json(request.getBody().readUtf8());
      if (json.has("reply_markup")) {
        markupListener.accept(json.get("reply_markup"));
      }
      String chat = json.path("chat_id").asText();
      String ok =
          "{\"message_id\":"
              + messageIds.incrementAndGet()
              + ",\"date\":1764300000,\"chat\":{\"id\":"
              + chat
              + ",\"type\":\"private\"},\"text\":\"sent\"}";
      Fault fault = sendFaults.take();
      if (fault == null || fault.platformTookIt()) {
        listener.accept(
            new Delivered(
                chat,
                json.path("text").asText(),
                json.path("parse_mode").asText(null),
                null,
                json.path("reply_parameters").path("message_id").asText(null),
                System.nanoTime(),
                fault != null));
      }
      return fault == null ? ok(ok) : failure(fault, ok);
    }
  }

  private static MockResponse failure(Fault fault, String okResult) {
    return switch (fault) {
      case SERVER_ERROR ->
          error(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
      case BAD_GATEWAY ->
          new MockResponse()
              .setResponseCode(502)
              .setHeader("Content-Type", "text/html")
              .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
      case TOO_MANY_REQUESTS ->
          error(
              429,
              "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after"
                  + " 1\",\"parameters\":{\"retry_after\":1}}");
      case DROPPED_AFTER_REQUEST ->
          new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case DROPPED_DURING_BODY ->
          ok(okResult).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case NO_ANSWER -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    };
  }

  private static MockResponse error(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  private static MockResponse ok(String result) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"ok\":true,\"result\":" + result + "}");
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
