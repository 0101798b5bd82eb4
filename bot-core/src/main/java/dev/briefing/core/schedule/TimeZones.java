package dev.briefing.core.schedule;

import dev.briefing.core.BriefingException;
import dev.briefing.core.store.IanaZone;
import java.time.DateTimeException;
import java.time.ZoneId;

/** IANA time zones only: a fixed UTC offset would not follow daylight saving time. */
public final class TimeZones {
  static final String EXAMPLES = "Europe/Berlin, America/New_York or Asia/Tokyo";

  private TimeZones() {}

  /**
   * Parses an IANA zone such as {@code Europe/Berlin} (or {@code UTC}).
   *
   * @throws BriefingException with examples when the text is not such a zone
   */
  public static ZoneId parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.equalsIgnoreCase("UTC") || t.equalsIgnoreCase("Etc/UTC")) {
      return ZoneId.of("UTC"); // the IANA region, not the fixed offset Z
    }
    if (t.matches("(?i)(UTC|GMT)?\\s*[+-]\\d{1,2}(:?\\d{2})?")) {
      throw new BriefingException(
          "'"
              + t
              + "' is a fixed UTC offset, which does not follow daylight saving time. "
              + "Use a city zone such as "
              + EXAMPLES
              + ".");
    }
    if (!t.contains("/")) {
      throw unknown(t);
    }
    try {
      ZoneId zone = ZoneId.of(canonical(t));
      if (IanaZone.isIana(zone)) {
        return zone;
      }
    } catch (DateTimeException e) {
      // answered below, as any other unknown zone
    }
    throw unknown(t);
  }

  private static BriefingException unknown(String text) {
    return new BriefingException(
        "'"
            + shorten(text)
            + "' is not a time zone I know. Use an IANA zone such as "
            + EXAMPLES
            + ".");
  }

  // Chat users type europe/berlin as often as Europe/Berlin.
  private static String canonical(String id) {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id::equalsIgnoreCase)
        .findFirst()
        .orElse(id);
  }

  static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
