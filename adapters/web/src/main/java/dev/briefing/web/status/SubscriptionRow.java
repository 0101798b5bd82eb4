package dev.briefing.web.status;

import dev.briefing.core.store.Subscription;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the subscriptions table.
 *
 * @param id the subscription's id
 * @param chat platform:chat[/thread]
 * @param schedule the days and local time, e.g. "weekdays 08:00"
 * @param zone the IANA zone
 * @param next the next firing, in the subscription's zone
 * @param lastOutcome the last firing's outcome (sent, failed: why…), or "none yet"
 */
public record SubscriptionRow(
    long id, String chat, String schedule, String zone, ZonedDateTime next, String lastOutcome) {
  static String schedule(Subscription s) {
    String days;
    if (s.days().equals(Subscription.EVERY_DAY)) {
      days = "daily";
    } else if (s.days().equals(Subscription.WEEKDAYS)) {
      days = "weekdays";
    } else {
      days = s.days().stream().sorted().map(StatusFormat::day).collect(Collectors.joining(" "));
    }
    return days + " " + s.time();
  }

  /** The next firing as the page shows it. */
  public String nextText() {
    return StatusFormat.time(next);
  }

  /** Short day names for schedules. */
  static final class StatusFormat {
    private StatusFormat() {}

    static String day(DayOfWeek day) {
      return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String time(ZonedDateTime at) {
      return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
    }
  }
}
