package dev.briefing.storage;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Days of the week as one readable column value: {@code MON,TUE,WED,THU,FRI}. */
final class DaysColumn {
  private DaysColumn() {}

  static String format(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream().map(DaysColumn::code).collect(Collectors.joining(","));
  }

  static Set<DayOfWeek> parse(String value) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String code : value.split(",")) {
      days.add(
          Arrays.stream(DayOfWeek.values())
              .filter(day -> code(day).equals(code.strip()))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("unknown day in database: " + code)));
    }
    return days;
  }

  private static String code(DayOfWeek day) {
    return day.name().substring(0, 3).toUpperCase(Locale.ROOT);
  }
}
