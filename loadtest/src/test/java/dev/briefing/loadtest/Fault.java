package dev.briefing.loadtest;

/**
 * A way the fake platform fails one call. {@link #platformTookIt()} says whether the platform saw
 * the whole request before failing, so the message may have reached the chat although the bot got
 * no answer: a resend then shows it twice, and only then is a duplicate excusable.
 */
enum Fault {
  /** HTTP 500 with the platform's error body. */
  SERVER_ERROR(false),
  /** HTTP 502 from a proxy in front of the platform, with an HTML body. */
  BAD_GATEWAY(false),
  /** HTTP 429 naming one second to wait (Telegram's retry_after, Slack's Retry-After). */
  TOO_MANY_REQUESTS(false),
  /** The connection is closed once the request was read, before any answer. */
  DROPPED_AFTER_REQUEST(true),
  /** A 200 answer cut off half way through its body. */
  DROPPED_DURING_BODY(true),
  /** The request is read and never answered: the client's read timeout ends it. */
  NO_ANSWER(true);

  private final boolean platformTookIt;

  Fault(boolean platformTookIt) {
    this.platformTookIt = platformTookIt;
  }

  boolean platformTookIt() {
    return platformTookIt;
  }
}
