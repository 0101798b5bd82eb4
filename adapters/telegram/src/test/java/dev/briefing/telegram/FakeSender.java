package dev.briefing.telegram;

import dev.briefing.telegram.outbound.MessageSender;
import dev.briefing.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** Records each send attempt with the time it happened; fails attempts as scripted. */
public final class FakeSender implements MessageSender {
  public record Attempt(
      Instant at, String chatId, String text, Integer replyTo, boolean delivered) {}

  private final Clock clock;
  private final List<Attempt> attempts = new ArrayList<>();
  private final Deque<TelegramApiException> failures = new ArrayDeque<>();

  public FakeSender(Clock clock) {
    this.clock = clock;
  }

  private Duration latency = Duration.ZERO;

  /** Each send takes this long on the test clock (a MutableClock), as a network round trip. */
  public synchronized void takes(Duration roundTrip) {
    latency = roundTrip;
  }

  /** The next attempts fail with these, in order; later ones succeed. */
  public synchronized void failNext(TelegramApiException... errors) {
    failures.addAll(List.of(errors));
  }

  @Override
  public synchronized void send(SendMessage message) throws TelegramApiException {
    TelegramApiException failure = failures.pollFirst();
    Integer replyTo =
        message.getReplyParameters() == null ? null : message.getReplyParameters().getMessageId();
    attempts.add(
        new Attempt(
            clock.instant(), message.getChatId(), message.getText(), replyTo, failure == null));
    if (!latency.isZero()) {
      ((MutableClock) clock).advance(latency);
    }
    if (failure != null) {
      throw failure;
    }
  }

  public synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  public synchronized List<Attempt> delivered() {
    return attempts.stream().filter(Attempt::delivered).toList();
  }

  /** The exception the Bot API client throws for this error answer. */
  public static TelegramApiException apiError(String json) {
    try {
      SendMessage.builder().chatId("1").text("x").build().deserializeResponse(json);
      throw new IllegalArgumentException("not an error answer: " + json);
    } catch (TelegramApiException e) {
      return e;
    }
  }

  /** What the client throws for a body that is not JSON, as a proxy's 502 page. */
  public static TelegramApiException apiErrorOrUnreadable(String body) {
    return apiError(body);
  }

  public static TelegramApiException tooManyRequests(int retryAfter) {
    return apiError(
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
            + retryAfter
            + "\",\"parameters\":{\"retry_after\":"
            + retryAfter
            + "}}");
  }

  public static TelegramApiException forbidden() {
    return apiError(
        "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}");
  }

  public static TelegramApiException migrated(long newChatId) {
    return apiError(
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to"
            + " a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":"
            + newChatId
            + "}}");
  }

  public static TelegramApiException serverError() {
    return apiError("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
  }
}
