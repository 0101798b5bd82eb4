package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.outbound.TaskScheduler;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Shows "typing…" in a chat while an answer takes longer than {@link #FIRST}: a {@code
 * sendChatAction} then, and every {@link #EVERY} after (Telegram shows it for 5 s), until the
 * answer is queued. Best effort: the calls bypass the outbound queue, so they never wait behind
 * answers nor delay one, draw nothing from the chat's pacing or the token's budget, and are never
 * retried; a failure is logged at debug and forgotten.
 */
public final class TypingIndicator {
  private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);

  /** How long an answer may take before the chat sees "typing…". */
  public static final Duration FIRST = Duration.ofSeconds(1);

  /** How often "typing…" is sent again while the answer is still being prepared. */
  public static final Duration EVERY = Duration.ofSeconds(4);

  static final String TYPING = "typing";

  /** Sends one chat action without waiting for it: {@code telegramClient::executeAsync}. */
  @FunctionalInterface
  public interface ChatActions {
    CompletionStage<?> send(SendChatAction action) throws TelegramApiException;
  }

  /** An answer being prepared: {@link #stop()} once its reply is queued. */
  @FunctionalInterface
  public interface Typing {
    void stop();
  }

  private final ChatActions actions;
  private final TaskScheduler scheduler;

  /**
   * @param actions sends the chat action; should not block (the scheduler's thread may send too)
   * @param scheduler runs the checks at {@link #FIRST} and every {@link #EVERY} after
   */
  public TypingIndicator(ChatActions actions, TaskScheduler scheduler) {
    this.actions = actions;
    this.scheduler = scheduler;
  }

  /** Shows nothing, ever. */
  public static TypingIndicator none() {
    return new TypingIndicator(action -> CompletableFuture.completedFuture(null), (t, d) -> {});
  }

  /** Starts the clock of an answer to {@code chat}: "typing…" if it is not stopped in time. */
  public Typing start(ChatAddress chat) {
    AtomicBoolean done = new AtomicBoolean();
    scheduler.schedule(() -> tick(chat, done), FIRST);
    return () -> done.set(true);
  }

  private void tick(ChatAddress chat, AtomicBoolean done) {
    if (done.get()) {
      return;
    }
    send(chat);
    scheduler.schedule(() -> tick(chat, done), EVERY);
  }

  private void send(ChatAddress chat) {
    SendChatAction.SendChatActionBuilder<?, ?> action =
        SendChatAction.builder().chatId(chat.chatId()).action(TYPING);
    chat.threadId().flatMap(TypingIndicator::number).ifPresent(action::messageThreadId);
    try {
      actions
          .send(action.build())
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.debug(
                      "Typing indicator for Telegram chat {} not shown: {}", chat, kind(error));
                }
              });
    } catch (TelegramApiException | RuntimeException e) {
      log.debug("Typing indicator for Telegram chat {} not shown: {}", chat, kind(e));
    }
  }

  // The type only: an exception's message from the HTTP client could name the request URL.
  private static String kind(Throwable error) {
    return error.getClass().getSimpleName();
  }

  private static Optional<Integer> number(String id) {
    try {
      return Optional.of(Integer.parseInt(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
