package dev.briefing.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The operator's secret for the web pages ({@code BRIEFING_ADMIN_TOKEN}). Compared in constant time
 * and never printed: {@link #toString()} hides it, so a config dump or a log line cannot leak it.
 *
 * @param value the secret, at least {@value #MIN_LENGTH} characters
 */
public record AdminToken(String value) {
  /** Shorter secrets are guessable. */
  public static final int MIN_LENGTH = 16;

  public AdminToken {
    // Surrounding whitespace (a trailing newline from a secrets file) is not part of the secret:
    // nobody could type it into the sign-in form.
    value = value == null ? null : value.strip();
    if (value == null || value.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "value must be at least " + MIN_LENGTH + " characters, was " + length(value));
    }
  }

  private static int length(String value) {
    return value == null ? 0 : value.strip().length();
  }

  /** Whether {@code candidate} is the token, in time that does not depend on where they differ. */
  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8), candidate.strip().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AdminToken[hidden]";
  }
}
