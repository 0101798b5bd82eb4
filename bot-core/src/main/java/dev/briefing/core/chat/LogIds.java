package dev.briefing.core.chat;

import java.util.Map;
import org.slf4j.MDC;

/**
 * The SLF4J MDC keys every log line about a chat message carries, the same on every platform:
 * {@value #PLATFORM}, {@value #CHAT_ID} and {@value #UPDATE_ID} (the platform's id of the update,
 * event or command). The platform adapters open a scope around the work on a message; the logging
 * backend prints the keys (in brackets, or in the JSON line's {@code mdc}). Only ids go in, never a
 * token or a message's text.
 */
public final class LogIds {
  public static final String PLATFORM = "platform";
  public static final String CHAT_ID = "chat_id";
  public static final String UPDATE_ID = "update_id";

  /** Restores the thread's MDC as it was before the scope opened; never throws. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private LogIds() {}

  /**
   * Tags this thread's log lines with the platform, chat and update until closed; a null or blank
   * id is left out. Closing restores the keys the thread had before (not just removing these), so
   * nested scopes work and a pooled thread carries nothing into its next task.
   */
  public static Scope about(String platform, String chatId, String updateId) {
    Map<String, String> previous = MDC.getCopyOfContextMap();
    MDC.put(PLATFORM, platform);
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
