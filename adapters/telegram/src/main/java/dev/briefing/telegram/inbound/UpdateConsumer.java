package dev.briefing.telegram.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from long polling or the webhook and handles them on an executor, so a slow answer
 * never holds up the next getUpdates. Notes each update's arrival, where answer latency starts.
 */
public final class UpdateConsumer implements LongPollingUpdateConsumer, Consumer<Update> {
  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

  private final UpdateHandler handler;
  private final Executor executor;
  private final Clock clock;

  public UpdateConsumer(UpdateHandler handler, Executor executor, Clock clock) {
    this.handler = handler;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        accept(update);
      } catch (RejectedExecutionException e) {
        logNotHandled(update); // never confirmed by a later poll: Telegram sends it again
      }
    }
  }

  /**
   * Hands the update to the executor.
   *
   * @throws RejectedExecutionException when the bot is closing: the webhook answers so that
   *     Telegram sends the update again, to the next instance
   */
  @Override
  public void accept(Update update) {
    Instant arrived = clock.instant();
    executor.execute(
        () -> {
          try {
            handler.handle(update, arrived);
          } finally {
            MDC.clear(); // a pooled thread: nothing of this update in the next one's lines
          }
        });
  }

  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  static void logNotHandled(Update update) {
    try (LogContext context = LogContext.of(null, update.getUpdateId())) {
      log.info("Did not handle Telegram update {}: the bot is closing", update.getUpdateId());
    }
  }
}
