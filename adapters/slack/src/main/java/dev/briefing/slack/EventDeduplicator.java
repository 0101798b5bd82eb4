package dev.briefing.slack;

/**
 * Port: remembers which Slack events were handled, so a delivery Slack retries (HTTP {@code
 * X-Slack-Retry-Num}, Socket Mode {@code retry_attempt}) is answered once. Implementations are
 * thread-safe; one shared by several bot instances makes the de-duplication cluster-wide.
 */
@FunctionalInterface
public interface EventDeduplicator {
  /** Records the event id; true the first time it is seen, false for every repeat. */
  boolean firstTime(String eventId);
}
