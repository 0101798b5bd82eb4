package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.slack.testing.FakeSlackApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A fake Slack in front of the adapters' {@link FakeSlackApi}: chat.postMessage and slash command
 * responses (posts to {@link #responseUrl}) are taken here, handed to a listener without being
 * kept, and chat.postMessage can be made to fail by {@link #postFaults()}; chat.update and
 * views.publish are shown to their listeners first; every Web API method but chat.postMessage
 * (auth.test, users.info, chat.update, views.publish, …) is the FakeSlackApi's answer.
 */
final class SlackPlatform implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeSlackApi api = new FakeSlackApi();
  private final MockWebServer server = new MockWebServer();
  private final FaultPlan postFaults = new FaultPlan();
  private final AtomicLong postCalls = new AtomicLong();
  private volatile Consumer<Delivered> listener = d -> {};
  private volatile Consumer<Delivered> updateListener = d -> {};
  private volatile Consumer<JsonNode> homeListener = v -> {};

  SlackPlatform() throws IOException {
    server.setServerSocketFactory(new NoDelaySockets());
    server.setDispatcher(new Front());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The Web API base URL to give the bot. */
  URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getPort() + "/api/");
  }

  /** A slash command's response_url; what is posted to it is delivered to chat {@code id}. */
  String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getPort() + "/commands/T0TEAM/" + id;
  }

  FaultPlan postFaults() {
    return postFaults;
  }

  /** chat.postMessage calls received, failed ones included. */
  long postCalls() {
    return postCalls.get();
  }

  /** Told of every message taken, on the fake's thread. */
  void onDelivered(Consumer<Delivered> listener) {
    this.listener = listener;
  }

  /** Told of every chat.update (a message replaced in place) before the FakeSlackApi answers. */
  void onUpdated(Consumer<Delivered> listener) {
    this.updateListener = listener;
  }

  /** Told of every App Home view published (views.publish) before the FakeSlackApi answers. */
  void onHome(Consumer<JsonNode> listener) {
    this.homeListener = listener;
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
      String path = request.getPath() == null ? "" : request.getPath();
      if (path.startsWith("/commands/")) {
        JsonNode json = json(request.getBody().readUtf8());
        String id = path.substring(path.lastIndexOf('/') + 1);
        listener.accept(
            new Delivered(
                id,
                json.path("text").asText(),
                null,
                json.path("blocks"),
                id,
                System.nanoTime(),
                false));
        return new MockResponse().setBody("ok");
      }
      if (path.startsWith("/api/chat.postMessage")) {
        return postMessage(form(request.getBody().readUtf8()));
      }
      if (path.startsWith("/api/chat.update")) {
        updated(form(request.getBody().clone().readUtf8()));
      } else if (path.startsWith("/api/views.publish")) {
        String view = form(request.getBody().clone().readUtf8()).get("view");
        homeListener.accept(view == null ? JSON.nullNode() : json(view));
      }
      return api.dispatch(request);
    }

    private void updated(Map<String, String> form) {
      String blocks = form.get("blocks");
      updateListener.accept(
          new Delivered(
              form.getOrDefault("channel", ""),
              form.getOrDefault("text", ""),
              null,
              blocks == null ? null : json(blocks),
              form.get("ts"),
              System.nanoTime(),
              false));
    }

    private MockResponse postMessage(Map<String, String> form) {
      postCalls.incrementAndGet();
      String channel = form.get("channel");
      Fault fault = postFaults.take();
      if (fault == null || fault.platformTookIt()) {
        String blocks = form.get("blocks");
        listener.accept(
            new Delivered(
                channel,
                form.getOrDefault("text", ""),
                null,
                blocks == null ? null : json(blocks),
                form.get("thread_ts"),
                System.nanoTime(),
                fault != null));
      }
      String ok = "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1700000999.000100\"}";
      return fault == null ? json200(ok) : failure(fault, ok);
    }
  }

  private static MockResponse failure(Fault fault, String ok) {
    return switch (fault) {
      case SERVER_ERROR ->
          new MockResponse()
              .setResponseCode(500)
              .setHeader("Content-Type", "application/json")
              .setBody("{\"ok\":false,\"error\":\"internal_error\"}");
      case BAD_GATEWAY ->
          new MockResponse()
              .setResponseCode(502)
              .setHeader("Content-Type", "text/html")
              .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>");
      case TOO_MANY_REQUESTS ->
          new MockResponse()
              .setResponseCode(429)
              .setHeader("Retry-After", "1")
              .setHeader("Content-Type", "application/json")
              .setBody("{\"ok\":false,\"error\":\"ratelimited\"}");
      case DROPPED_AFTER_REQUEST ->
          new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case DROPPED_DURING_BODY ->
          json200(ok).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case NO_ANSWER -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    };
  }

  private static MockResponse json200(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
