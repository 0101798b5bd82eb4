package dev.briefing.telegram;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from long polling or the webhook and handles them on an executor, so a slow answer
 * never holds up the next getUpdates.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer, Consumer<Update> {
  private final UpdateHandler handler;
  private final Executor executor;

  UpdateConsumer(UpdateHandler handler, Executor executor) {
    this.handler = handler;
    this.executor = executor;
  }

  @Override
  public void consume(List<Update> updates) {
    updates.forEach(this::accept);
  }

  @Override
  public void accept(Update update) {
    executor.execute(() -> handler.handle(update));
  }
}
