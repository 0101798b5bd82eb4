package dev.briefing.bench;

import java.io.IOException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake Bot API on 127.0.0.1 that takes sendMessage from any number of bot instances and enforces
 * Telegram's limit per token ({@link BotApiSendLimit}); every other method answers {@code true}.
 */
final class RateLimitedBotApi extends Dispatcher implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  final BotApiSendLimit limit;
  private volatile long lastTakenNanos;

  RateLimitedBotApi(int perSecond) throws IOException {
    this.limit = new BotApiSendLimit(perSecond);
    server.setDispatcher(this);
    server.setServerSocketFactory(new TelegramHarness.NoDelayServerSockets());
    server.start();
  }

  /** The base URL to give the Telegram client. */
  String url() {
    return server.url("/").toString();
  }

  /** When the last message was taken ({@link System#nanoTime}). */
  long lastTakenNanos() {
    return lastTakenNanos;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getRequestUrl().pathSegments().get(1).toLowerCase();
    return method.equals("sendmessage")
        ? limit.answer(request.getBody().readUtf8(), (chat, nanos) -> lastTakenNanos = nanos)
        : BotApiSendLimit.ok("true");
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
