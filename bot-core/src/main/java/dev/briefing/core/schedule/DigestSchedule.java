package dev.briefing.core.schedule;

import dev.briefing.core.store.Subscription;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a chat wants its digest: a local time on some days, in a zone (or the chat's default zone
 * when empty).
 *
 * @param time the local time of day
 * @param days the days of the week; all seven for a daily digest
 * @param zone an IANA zone, or empty to use the chat's or the configured default
 */
public record DigestSchedule(LocalTime time, Set<DayOfWeek> days, Optional<ZoneId> zone) {
  public static final Set<DayOfWeek> DAILY = Subscription.EVERY_DAY;
  public static final Set<DayOfWeek> WEEKDAYS = Subscription.WEEKDAYS;
  public static final Set<DayOfWeek> WEEKENDS =
      Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

  public DigestSchedule {
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("days must not be empty");
    }
    days = Collections.unmodifiableSet(EnumSet.copyOf(days)); // EnumSet: contains(null) is false
    zone = zone == null ? Optional.empty() : zone;
  }

  /** "daily", "weekdays", "weekends" or the days, e.g. "Mon, Wed, Fri". */
  public String describeDays() {
    return describeDays(days);
  }

  /** "daily", "weekdays", "weekends" or the days, e.g. "Mon, Wed, Fri". */
  public static String describeDays(Set<DayOfWeek> days) {
    if (days.equals(DAILY)) {
      return "daily";
    }
    if (days.equals(WEEKDAYS)) {
      return "weekdays";
    }
    if (days.equals(WEEKENDS)) {
      return "weekends";
    }
    return String.join(
        ", ",
        EnumSet.copyOf(days).stream()
            .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
            .toList());
  }
}
