package dev.briefing.web.status;

import dev.briefing.core.store.Delivery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One digest that failed.
 *
 * @param chat where it was going
 * @param subscriptionId its subscription
 * @param due its scheduled fire time
 * @param reason why it failed
 * @param attempts how many times it was claimed
 */
public record FailureRow(
    String chat, long subscriptionId, Instant due, String reason, int attempts) {
  /** When it was due, to the minute, in UTC. */
  public String dueText() {
    return utc(due);
  }

  static String utc(Instant at) {
    return MINUTES.format(at) + " UTC";
  }

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  static FailureRow of(String chat, Delivery d) {
    return new FailureRow(
        chat,
        d.subscriptionId(),
        d.scheduledFireTime(),
        d.failureReason().orElse("unknown"),
        d.attempts());
  }
}
