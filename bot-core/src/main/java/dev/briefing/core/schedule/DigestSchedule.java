package dev.briefing.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
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
  public static final Set<DayOfWeek> DAILY = EnumSet.allOf(DayOfWeek.class);
  public static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  public static final Set<DayOfWeek> WEEKENDS = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  public DigestSchedule {
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("days must not be empty");
    }
    days = Set.copyOf(days);
    zone = zone == null ? Optional.empty() : zone;
  }

  /** "daily", "weekdays", "weekends" or the days, e.g. "Mon, Wed, Fri". */
  public String describeDays() {
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
            .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH))
            .toList());
  }
}
