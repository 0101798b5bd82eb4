package dev.briefing.telegram;

import java.util.Map;
import org.slf4j.MDC;

/**
 * The SLF4J MDC keys of every log line about a Telegram message: {@code platform}, {@code chat_id}
 * and {@code update_id}. Opened in try-with-resources; closing restores the keys the thread had
 * before (as {@code MDC.putCloseable} does, but without removing a key an enclosing scope set), so
 * a pooled thread never carries one message's ids into the next message's lines. Never holds the
 * token: only ids go in.
 */
final class LogContext implements AutoCloseable {
  static final String PLATFORM = "platform";
  static final String CHAT_ID = "chat_id";
  static final String UPDATE_ID = "update_id";

  private final Map<String, String> previous;

  private LogContext(String chatId, Integer updateId) {
    previous = MDC.getCopyOfContextMap();
    MDC.put(PLATFORM, TelegramMapper.PLATFORM);
    put(CHAT_ID, chatId);
    put(UPDATE_ID, updateId == null ? null : updateId.toString());
  }

  /** Lines about one chat, for one update when {@code updateId} is not null. */
  static LogContext of(String chatId, Integer updateId) {
    return new LogContext(chatId, updateId);
  }

  /** Lines about the platform but no message, such as a rejected webhook request. */
  static LogContext platform() {
    return new LogContext(null, null);
  }

  @Override
  public void close() {
    if (previous == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(previous);
    }
  }

  private static void put(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
