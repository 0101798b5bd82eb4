package dev.briefing.core.schedule;

import dev.briefing.core.BriefingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arguments of {@code /subscribe}: a time, optional days and an optional zone, in any
 * order: {@code 08:00 Europe/Berlin}, {@code weekdays 07:30}, {@code mon,wed,fri 6pm
 * America/New_York}.
 */
public final class ScheduleParser {
  static final String USAGE =
      "Try /subscribe 08:00 Europe/Berlin, /subscribe weekdays 07:30 or"
          + " /subscribe mon,wed,fri 18:00.";
  private static final Pattern TIME_24 = Pattern.compile("(\\d{1,2})[:.h](\\d{2})");
  private static final Pattern TIME_12 = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)");
  private static final Map<String, DayOfWeek> DAYS =
      Map.ofEntries(
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  /**
   * Parses the arguments.
   *
   * @throws BriefingException naming what is wrong, with examples; nothing is stored then
   */
  public DigestSchedule parse(String arguments) {
    String args = arguments == null ? "" : arguments.strip();
    if (args.isEmpty()) {
      throw new BriefingException("Tell me when to send the digest. " + USAGE);
    }
    if (args.length() > 200) {
      throw new BriefingException("That is too long for a schedule. " + USAGE);
    }
    LocalTime time = null;
    Set<DayOfWeek> days = null;
    Optional<ZoneId> zone = Optional.empty();
    String[] words = args.replaceAll("(?i)\\s+(am|pm)\\b", "$1").split("\\s+");
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT);
      if (looksLikeTime(w)) {
        if (time != null) {
          throw new BriefingException("Give one time, not two. " + USAGE);
        }
        time = time(w);
      } else if (word.contains("/") || w.matches("(utc|gmt)?[+-]\\d.*") || w.equals("utc")) {
        if (zone.isPresent()) {
          throw new BriefingException("Give one time zone, not two. " + USAGE);
        }
        zone = Optional.of(zone(word));
      } else {
        if (days != null) {
          throw new BriefingException("Give the days once, e.g. weekdays or mon,wed,fri. " + USAGE);
        }
        days = days(w);
      }
    }
    if (time == null) {
      throw new BriefingException("Tell me the time of day, e.g. 07:30. " + USAGE);
    }
    return new DigestSchedule(time, days == null ? DigestSchedule.DAILY : days, zone);
  }

  private static ZoneId zone(String word) {
    try {
      return TimeZones.parse(word);
    } catch (BriefingException e) {
      throw new BriefingException(e.getMessage() + " " + USAGE);
    }
  }

  private static boolean looksLikeTime(String w) {
    return w.matches("\\d.*") && !w.contains("/") && !w.matches("[+-].*");
  }

  private static LocalTime time(String w) {
    Matcher h24 = TIME_24.matcher(w);
    if (h24.matches()) {
      return checked(w, Integer.parseInt(h24.group(1)), Integer.parseInt(h24.group(2)));
    }
    Matcher h12 = TIME_12.matcher(w);
    if (h12.matches()) {
      int hour = Integer.parseInt(h12.group(1));
      int minute = h12.group(2) == null ? 0 : Integer.parseInt(h12.group(2));
      if (hour < 1 || hour > 12) {
        throw new BriefingException("'" + w + "' is not a time of day. " + USAGE);
      }
      return checked(w, hour % 12 + (h12.group(3).equals("pm") ? 12 : 0), minute);
    }
    throw new BriefingException(
        "'"
            + TimeZones.shorten(w)
            + "' is not a time I understand; use HH:MM, e.g. 07:30. "
            + USAGE);
  }

  private static LocalTime checked(String w, int hour, int minute) {
    if (hour > 23 || minute > 59) {
      throw new BriefingException("'" + w + "' is not a time of day; use 00:00 to 23:59. " + USAGE);
    }
    return LocalTime.of(hour, minute);
  }

  private static Set<DayOfWeek> days(String w) {
    switch (w) {
      case "daily", "everyday", "every-day" -> {
        return DigestSchedule.DAILY;
      }
      case "weekdays", "workdays" -> {
        return DigestSchedule.WEEKDAYS;
      }
      case "weekends", "weekend" -> {
        return DigestSchedule.WEEKENDS;
      }
      default -> {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : w.split(",")) {
          String key = part.length() >= 3 ? part.substring(0, 3) : part;
          DayOfWeek day = DAYS.get(key);
          if (day == null || !dayName(day).startsWith(part)) {
            throw new BriefingException(
                "I don't know the day '"
                    + TimeZones.shorten(part)
                    + "'. Use daily, weekdays, weekends or days like mon,wed,fri. "
                    + USAGE);
          }
          days.add(day);
        }
        return days;
      }
    }
  }

  private static String dayName(DayOfWeek day) {
    return day.name().toLowerCase(Locale.ROOT);
  }
}
