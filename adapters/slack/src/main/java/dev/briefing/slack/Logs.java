package dev.briefing.slack;

import java.util.Map;
import org.slf4j.MDC;

/**
 * The MDC keys every log line about a message carries: {@value #PLATFORM} ({@code slack}), {@value
 * #CHAT_ID} (the channel id) and {@value #UPDATE_ID} (the event id, or the slash command's trigger
 * id). Opened in try-with-resources around the work on a pooled thread; closing restores the
 * thread's MDC as it was, so nothing leaks into the pool's next task.
 */
final class Logs {
  static final String PLATFORM = "platform";
  static final String CHAT_ID = "chat_id";
  static final String UPDATE_ID = "update_id";

  /** Restores the MDC when closed; never throws. */
  interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private Logs() {}

  /** Tags this thread's log lines with the chat and update until closed; null ids are left out. */
  static Scope about(String chatId, String updateId) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    MDC.put(PLATFORM, SlackMapper.PLATFORM);
    putOrRemove(CHAT_ID, chatId);
    putOrRemove(UPDATE_ID, updateId);
    return () -> {
      if (previous == null || previous.isEmpty()) {
        MDC.clear();
      } else {
        MDC.setContextMap(previous);
      }
    };
  }

  private static void putOrRemove(String key, String value) {
    if (value == null || value.isBlank()) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
