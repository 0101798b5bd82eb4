package dev.briefing.core.schedule;

import dev.briefing.core.store.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * When a digest fires next: the local time on one of its days, in its zone. A time that does not
 * exist that day (inside the spring-forward gap) fires once at the shifted valid time, 02:30 at
 * 03:30; a time that occurs twice (the autumn overlap) fires once, at the later of the two, in
 * standard time, as Quartz's cron triggers do. The reference the scheduler's triggers are checked
 * against.
 */
public final class NextFireTime {
  private NextFireTime() {}

  /** The subscription's first fire time strictly after {@code after}. */
  public static Instant after(Subscription subscription, Instant after) {
    return after(subscription.time(), subscription.days(), subscription.zone(), after);
  }

  /** The first fire time strictly after {@code after} of {@code time} on {@code days} in zone. */
  public static Instant after(LocalTime time, Set<DayOfWeek> days, ZoneId zone, Instant after) {
    if (days.isEmpty()) {
      throw new IllegalArgumentException("days must not be empty");
    }
    LocalDate date = after.atZone(zone).toLocalDate();
    // Eight days reach the same weekday a week later, past a fire time already behind us today.
    for (int i = 0; i <= 8; i++, date = date.plusDays(1)) {
      if (days.contains(date.getDayOfWeek())) {
        // ZonedDateTime.of moves a gap time forward by the length of the gap.
        Instant candidate =
            ZonedDateTime.of(date, time, zone).withLaterOffsetAtOverlap().toInstant();
        if (candidate.isAfter(after)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("no fire time within eight days of " + after);
  }
}
