package dev.briefing.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake Bot API on 127.0.0.1 that takes sendMessage from any number of clients and enforces
 * Telegram's limit per token as Telegram does: a 31st message within any one second gets 429 with
 * retry_after. Counts messages accepted and 429s, and when the last message arrived.
 */
final class RateLimitedBotApi extends Dispatcher implements AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final MockWebServer server = new MockWebServer();
  private final Deque<Long> lastSecond = new ArrayDeque<>();
  private final int perSecond;
  final AtomicInteger sent = new AtomicInteger();
  final AtomicInteger tooMany = new AtomicInteger();
  private volatile long lastAcceptedNanos;

  RateLimitedBotApi(int perSecond) throws IOException {
    this.perSecond = perSecond;
    server.setDispatcher(this);
    server.setServerSocketFactory(new TelegramHarness.NoDelayServerSockets());
    server.start();
  }

  /** The base URL to give the Telegram client. */
  String url() {
    return server.url("/").toString();
  }

  long lastAcceptedNanos() {
    return lastAcceptedNanos;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getRequestUrl().pathSegments().get(1).toLowerCase();
    if (!method.equals("sendmessage")) {
      return ok("true");
    }
    long now = System.nanoTime();
    synchronized (lastSecond) {
      while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= 1_000_000_000L) {
        lastSecond.pollFirst();
      }
      if (lastSecond.size() >= perSecond) {
        tooMany.incrementAndGet();
        return new MockResponse()
            .setResponseCode(429)
            .setHeader("Content-Type", "application/json")
            .setBody(
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
                    + "\"parameters\":{\"retry_after\":1}}");
      }
      lastSecond.addLast(now);
    }
    long chat;
    try {
      chat = json.readTree(request.getBody().readUtf8()).path("chat_id").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    sent.incrementAndGet();
    lastAcceptedNanos = now;
    return ok(
        "{\"message_id\":1,\"date\":1764300000,\"chat\":{\"id\":"
            + chat
            + ",\"type\":\"private\"},\"text\":\"ok\"}");
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
