package dev.briefing.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;

/**
 * A fake Bot API's sendMessage under Telegram's limit per token: a message beyond {@code perSecond}
 * within any one second gets 429 with retry_after, as Telegram answers. Counts the messages taken
 * and the 429s; thread-safe.
 */
final class BotApiSendLimit {
  private final ObjectMapper json = new ObjectMapper();
  private final Deque<Long> lastSecond = new ArrayDeque<>();
  private final int perSecond;
  final AtomicInteger sent = new AtomicInteger();
  final AtomicInteger tooMany = new AtomicInteger();

  /** What to do with a message taken: its chat and when it arrived ({@link System#nanoTime}). */
  interface Taken {
    void accept(long chat, long nanos);
  }

  BotApiSendLimit(int perSecond) {
    this.perSecond = perSecond;
  }

  /** The answer to a sendMessage with this JSON body. */
  MockResponse answer(String body, Taken taken) {
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
      chat = json.readTree(body).path("chat_id").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    taken.accept(chat, now);
    sent.incrementAndGet();
    return ok(
        "{\"message_id\":1,\"date\":1764300000,\"chat\":{\"id\":"
            + chat
            + ",\"type\":\"private\"},\"text\":\"ok\"}");
  }

  /** A successful Bot API answer with this result. */
  static MockResponse ok(String result) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"ok\":true,\"result\":" + result + "}");
  }
}
