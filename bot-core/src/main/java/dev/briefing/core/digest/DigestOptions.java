package dev.briefing.core.digest;

import java.time.Duration;

/**
 * How scheduled digests behave.
 *
 * @param misfireGrace how late a digest may still be sent; an older one is skipped and logged
 * @param sendWhenEmpty whether a digest with no new articles is the line "Nothing new since …"
 *     rather than no message at all
 * @param claimLease how long a claimed digest belongs to its sender: a claim still unfinished after
 *     this is taken as abandoned by a dead sender and recovered. A live sender waits at most half
 *     of it for the platform ({@link #sendWait()}), so it has always finished before its lease runs
 *     out
 */
public record DigestOptions(Duration misfireGrace, boolean sendWhenEmpty, Duration claimLease) {
  /** The default grace: a digest up to 15 minutes late is still worth reading. */
  public static final Duration DEFAULT_MISFIRE_GRACE = Duration.ofMinutes(15);

  /**
   * The default lease: a digest whose sender died is sent again about ten minutes later, and a
   * platform has five minutes (retries and rate limits included) to accept a digest.
   */
  public static final Duration DEFAULT_CLAIM_LEASE = Duration.ofMinutes(10);

  private static final Duration MIN_CLAIM_LEASE = Duration.ofSeconds(2);
  private static final Duration MAX_RECOVERY_INTERVAL = Duration.ofMinutes(1);

  public DigestOptions {
    if (misfireGrace == null || misfireGrace.isNegative()) {
      throw new IllegalArgumentException("misfireGrace must be zero or more, was " + misfireGrace);
    }
    if (claimLease == null || claimLease.compareTo(MIN_CLAIM_LEASE) < 0) {
      throw new IllegalArgumentException("claimLease must be at least 2 s, was " + claimLease);
    }
  }

  /** The options with the default claim lease. */
  public DigestOptions(Duration misfireGrace, boolean sendWhenEmpty) {
    this(misfireGrace, sendWhenEmpty, DEFAULT_CLAIM_LEASE);
  }

  /** A 15-minute grace, silence when there is nothing new, and a ten-minute claim lease. */
  public static DigestOptions defaults() {
    return new DigestOptions(DEFAULT_MISFIRE_GRACE, false);
  }

  /** A copy with another claim lease. */
  public DigestOptions withClaimLease(Duration lease) {
    return new DigestOptions(misfireGrace, sendWhenEmpty, lease);
  }

  /** How long a sender waits for the platform to accept a digest: half the lease. */
  public Duration sendWait() {
    return claimLease.dividedBy(2);
  }

  /**
   * How often abandoned claims are looked for: half the lease, at most a minute, so a dead sender's
   * digest goes out at most a lease and a half after its claim.
   */
  public Duration recoveryInterval() {
    Duration half = claimLease.dividedBy(2);
    return half.compareTo(MAX_RECOVERY_INTERVAL) < 0 ? half : MAX_RECOVERY_INTERVAL;
  }
}
