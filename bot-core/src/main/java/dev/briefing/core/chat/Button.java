package dev.briefing.core.chat;

import java.nio.charset.StandardCharsets;

/**
 * A button under a reply. Pressing it runs {@code action}, a command line the presser could have
 * typed ({@code /summary harbour-report-3f2a1c}, {@code /articles 2}, {@code /pause 3}), through
 * {@link CommandRouter#click} with the presser's own permissions: the action carries no trust.
 *
 * @param label what the button shows
 * @param action the command it runs, at most {@value #MAX_ACTION_BYTES} bytes of UTF-8 (Telegram's
 *     limit on callback data)
 */
public record Button(String label, String action) {
  /** Telegram's limit on a callback button's data. */
  public static final int MAX_ACTION_BYTES = 64;

  public Button {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
    if (action == null || !action.startsWith("/")) {
      throw new IllegalArgumentException("action must be a command, was " + action);
    }
    if (action.getBytes(StandardCharsets.UTF_8).length > MAX_ACTION_BYTES) {
      throw new IllegalArgumentException(
          "action must be at most " + MAX_ACTION_BYTES + " bytes, was " + action);
    }
  }

  /** Whether {@code action} fits a button; callers with long article ids leave the button out. */
  public static boolean fits(String action) {
    return action.getBytes(StandardCharsets.UTF_8).length <= MAX_ACTION_BYTES;
  }
}
