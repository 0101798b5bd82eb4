package dev.briefing.telegram.inbound;

import dev.briefing.core.chat.LogIds;

/**
 * The ids of every Telegram log line about a message ({@link LogIds}): the chat id and the update
 * id. Opened in try-with-resources; closing restores the thread's MDC as it was.
 */
public final class LogContext implements AutoCloseable {
  private final LogIds.Scope scope;

  private LogContext(String chatId, Integer updateId) {
    scope =
        LogIds.about(
            TelegramMapper.PLATFORM, chatId, updateId == null ? null : updateId.toString());
  }

  /** Lines about one chat, for one update when {@code updateId} is not null. */
  static LogContext of(String chatId, Integer updateId) {
    return new LogContext(chatId, updateId);
  }

  /** Lines about the platform but no message, such as a rejected webhook request. */
  public static LogContext platform() {
    return new LogContext(null, null);
  }

  @Override
  public void close() {
    scope.close();
  }
}
