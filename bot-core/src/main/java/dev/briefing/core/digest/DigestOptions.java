package dev.briefing.core.digest;

import java.time.Duration;

/**
 * How scheduled digests behave.
 *
 * @param misfireGrace how late a digest may still be sent; an older one is skipped and logged
 * @param sendWhenEmpty whether a digest with no new articles is the line "Nothing new since …"
 *     rather than no message at all
 */
public record DigestOptions(Duration misfireGrace, boolean sendWhenEmpty) {
  /** The default grace: a digest up to 15 minutes late is still worth reading. */
  public static final Duration DEFAULT_MISFIRE_GRACE = Duration.ofMinutes(15);

  public DigestOptions {
    if (misfireGrace == null || misfireGrace.isNegative()) {
      throw new IllegalArgumentException("misfireGrace must be zero or more, was " + misfireGrace);
    }
  }

  /** A 15-minute grace, and silence when there is nothing new. */
  public static DigestOptions defaults() {
    return new DigestOptions(DEFAULT_MISFIRE_GRACE, false);
  }
}
