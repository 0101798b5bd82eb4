package dev.briefing.loadtest;

/** The ways the security suite gets a Slack request wrong. Each should be refused with 401. */
enum SlackForgery {
  /** Signed with another secret. */
  WRONG_SECRET,
  /** Signed with the right secret, but over another body than the one sent. */
  SIGNATURE_OF_ANOTHER_BODY,
  /** The body changed by one character after signing. */
  BODY_CHANGED_AFTER_SIGNING,
  /** The right signature under a timestamp other than the one sent. */
  SIGNATURE_OF_ANOTHER_TIMESTAMP,
  /** No X-Slack-Signature. */
  MISSING_SIGNATURE,
  /** No X-Slack-Request-Timestamp. */
  MISSING_TIMESTAMP,
  /** Neither header. */
  MISSING_BOTH,
  /** The right HMAC under another version prefix ({@code v1=}). */
  WRONG_VERSION,
  /** The right HMAC without any prefix. */
  NO_VERSION_PREFIX,
  /** The right HMAC in upper-case hex. */
  UPPER_CASE_HEX,
  /** An empty signature. */
  EMPTY_SIGNATURE,
  /** A timestamp that is not a number. */
  GARBAGE_TIMESTAMP,
  /** Signed correctly, but stamped more than five minutes ago: a replay of an old request. */
  STALE,
  /** Signed correctly, but stamped more than five minutes ahead (Bolt checks only the past). */
  FUTURE;

  /** The request to send: timestamp, signature and body; null leaves a header out. */
  record Forged(String timestamp, String signature, String body) {}

  Forged forge(String body, String secret, int seed) {
    String now = SlackRequests.now();
    String right = SlackRequests.signature(secret, now, body);
    long epoch = Long.parseLong(now);
    return switch (this) {
      case WRONG_SECRET ->
          new Forged(now, SlackRequests.signature(secret + "x" + seed, now, body), body);
      case SIGNATURE_OF_ANOTHER_BODY ->
          new Forged(now, SlackRequests.signature(secret, now, body + " "), body);
      case BODY_CHANGED_AFTER_SIGNING ->
          new Forged(now, right, body.replace("U0ALICE", "U0MALLORY"));
      case SIGNATURE_OF_ANOTHER_TIMESTAMP ->
          new Forged(
              String.valueOf(epoch - 1 - seed % 60),
              right,
              body); // a timestamp within the window, but not the signed one
      case MISSING_SIGNATURE -> new Forged(now, null, body);
      case MISSING_TIMESTAMP -> new Forged(null, right, body);
      case MISSING_BOTH -> new Forged(null, null, body);
      case WRONG_VERSION -> new Forged(now, "v1=" + right.substring(3), body);
      case NO_VERSION_PREFIX -> new Forged(now, right.substring(3), body);
      case UPPER_CASE_HEX -> new Forged(now, "v0=" + right.substring(3).toUpperCase(), body);
      case EMPTY_SIGNATURE -> new Forged(now, "", body);
      case GARBAGE_TIMESTAMP -> {
        String garbage = "1e9" + seed;
        yield new Forged(garbage, SlackRequests.signature(secret, garbage, body), body);
      }
      case FUTURE -> {
        String later = String.valueOf(epoch + 301 + (seed % 86_400));
        yield new Forged(later, SlackRequests.signature(secret, later, body), body);
      }
      case STALE -> {
        String old = String.valueOf(epoch - 301 - (seed % 86_400));
        yield new Forged(old, SlackRequests.signature(secret, old, body), body);
      }
    };
  }
}
