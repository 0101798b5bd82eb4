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
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Records each send or edit attempt with the time it happened, and each answer to a button press;
 * fails attempts as scripted. Sent messages get ids from 101 on.
 */
public final class FakeSender implements MessageSender {
  /**
   * One sendMessage or editMessageText.
   *
   * @param edited the message an edit changes; null for a send
   * @param buttons the callback data of the inline keyboard, by row; empty for none
   * @param messageId the id of the message sent or edited; null when it failed
   */
  public record Attempt(
      Instant at,
      String chatId,
      String text,
      Integer replyTo,
      boolean delivered,
      Integer edited,
      List<List<String>> buttons,
      Integer messageId) {}

  /** One answerCallbackQuery: its notice is null when it has no text. */
  public record ButtonAnswer(String callbackQueryId, String notice) {}

  private final Clock clock;
  private final List<Attempt> attempts = new ArrayList<>();
  private final Deque<TelegramApiException> failures = new ArrayDeque<>();
  private final List<ButtonAnswer> answers = new ArrayList<>();
  private int lastMessageId = 100;

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
  public synchronized Message send(SendMessage message) throws TelegramApiException {
    TelegramApiException failure = failures.pollFirst();
    Integer replyTo =
        message.getReplyParameters() == null ? null : message.getReplyParameters().getMessageId();
    Integer id = failure == null ? ++lastMessageId : null;
    record(
        new Attempt(
            clock.instant(),
            message.getChatId(),
            message.getText(),
            replyTo,
            failure == null,
            null,
            buttons(message.getReplyMarkup()),
            id),
        failure);
    Message sent = new Message();
    sent.setMessageId(id);
    return sent;
  }

  /** Records a document as an attempt whose text is {@code document:<file name>}. */
  @Override
  public synchronized Message sendDocument(SendDocument document) throws TelegramApiException {
    TelegramApiException failure = failures.pollFirst();
    Integer id = failure == null ? ++lastMessageId : null;
    record(
        new Attempt(
            clock.instant(),
            document.getChatId(),
            "document:" + document.getDocument().getMediaName(),
            null,
            failure == null,
            null,
            List.of(),
            id),
        failure);
    Message sent = new Message();
    sent.setMessageId(id);
    return sent;
  }

  @Override
  public synchronized void edit(EditMessageText edit) throws TelegramApiException {
    TelegramApiException failure = failures.pollFirst();
    record(
        new Attempt(
            clock.instant(),
            edit.getChatId(),
            edit.getText(),
            null,
            failure == null,
            edit.getMessageId(),
            buttons(edit.getReplyMarkup()),
            failure == null ? edit.getMessageId() : null),
        failure);
  }

  @Override
  public synchronized void answer(AnswerCallbackQuery answer) {
    answers.add(new ButtonAnswer(answer.getCallbackQueryId(), answer.getText()));
  }

  private void record(Attempt attempt, TelegramApiException failure) throws TelegramApiException {
    attempts.add(attempt);
    if (!latency.isZero()) {
      ((MutableClock) clock).advance(latency);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static List<List<String>> buttons(ReplyKeyboard markup) {
    if (!(markup instanceof InlineKeyboardMarkup inline) || inline.getKeyboard() == null) {
      return List.of();
    }
    return inline.getKeyboard().stream()
        .map(row -> row.stream().map(InlineKeyboardButton::getCallbackData).toList())
        .toList();
  }

  /** The answers to button presses, in order. */
  public synchronized List<ButtonAnswer> buttonAnswers() {
    return List.copyOf(answers);
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

  /** What Telegram answers an edit that changes nothing. */
  public static TelegramApiException notModified() {
    return apiError(
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is not modified:"
            + " specified new message content and reply markup are exactly the same as a current"
            + " content and reply markup of the message\"}");
  }

  /** What Telegram answers an edit of a message that was deleted. */
  public static TelegramApiException messageToEditNotFound() {
    return apiError(
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message to edit not"
            + " found\"}");
  }

  public static TelegramApiException serverError() {
    return apiError("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
  }
}
