package dev.briefing.core.store;

import java.time.ZoneId;

/**
 * Checks that a zone is a named IANA region ({@code Europe/Berlin}, {@code UTC}), not a fixed
 * offset such as {@code +02:00} or {@code UTC+2}: an offset does not follow daylight saving.
 */
public final class IanaZone {
  private IanaZone() {}

  /** Whether {@code zone} is a region of the IANA time-zone database. */
  public static boolean isIana(ZoneId zone) {
    return zone != null && ZoneId.getAvailableZoneIds().contains(zone.getId());
  }

  /** Returns {@code zone}, or throws naming {@code field} when it is missing or not IANA. */
  public static ZoneId require(ZoneId zone, String field) {
    if (zone == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    if (!isIana(zone)) {
      throw new IllegalArgumentException(
          field + " must be an IANA zone such as Europe/Berlin, was " + zone.getId());
    }
    return zone;
  }
}
