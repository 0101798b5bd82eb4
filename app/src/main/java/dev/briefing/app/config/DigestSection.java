package dev.briefing.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.app.config.BriefingConfig.Digests;
import dev.briefing.core.BriefingException;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.schedule.TimeZones;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;

/** The {@code digests} section of the configuration, with its environment overrides. */
final class DigestSection {
  static final List<String> KEYS =
      List.of("default_zone", "misfire_grace_minutes", "send_when_empty", "claim_lease_seconds");
  static final String ENV_DEFAULT_ZONE = "BRIEFING_DIGESTS_DEFAULT_ZONE";
  static final String ENV_MISFIRE_GRACE = "BRIEFING_DIGESTS_MISFIRE_GRACE_MINUTES";
  static final String ENV_SEND_WHEN_EMPTY = "BRIEFING_DIGESTS_SEND_WHEN_EMPTY";
  static final String ENV_CLAIM_LEASE = "BRIEFING_DIGESTS_CLAIM_LEASE_SECONDS";
  private static final int MAX_GRACE_MINUTES = 24 * 60;
  private static final int MIN_LEASE_SECONDS = 2;
  private static final int MAX_LEASE_SECONDS = 24 * 60 * 60;

  private DigestSection() {}

  /** The settings; each bad value is added to {@code problems} and its default used instead. */
  static Digests parse(JsonNode section, EnvOverrides env, List<String> problems) {
    Digests defaults = Digests.defaults();
    ZoneId zone = zone(section.path("default_zone"), env, defaults.defaultZone(), problems);
    long defaultGrace = defaults.options().misfireGrace().toMinutes();
    int grace =
        env.number(
            section,
            "digests.misfire_grace_minutes",
            (int) defaultGrace,
            ENV_MISFIRE_GRACE,
            problems);
    grace =
        inRange(grace, "digests.misfire_grace_minutes", 1, MAX_GRACE_MINUTES, problems)
            .orElse((int) defaultGrace);
    boolean sendWhenEmpty =
        env.flag(
            section,
            "digests.send_when_empty",
            defaults.options().sendWhenEmpty(),
            ENV_SEND_WHEN_EMPTY,
            problems);
    int defaultLease = (int) defaults.options().claimLease().toSeconds();
    int lease =
        env.number(section, "digests.claim_lease_seconds", defaultLease, ENV_CLAIM_LEASE, problems);
    lease =
        inRange(
                lease,
                "digests.claim_lease_seconds",
                MIN_LEASE_SECONDS,
                MAX_LEASE_SECONDS,
                problems)
            .orElse(defaultLease);
    return new Digests(
        zone,
        new DigestOptions(Duration.ofMinutes(grace), sendWhenEmpty, Duration.ofSeconds(lease)));
  }

  /** The value when from {@code min} to {@code max}; else empty, and a problem. */
  private static OptionalInt inRange(
      int value, String key, int min, int max, List<String> problems) {
    if (value < min || value > max) {
      problems.add(key + " must be from " + min + " to " + max + ", was " + value);
      return OptionalInt.empty();
    }
    return OptionalInt.of(value);
  }

  private static ZoneId zone(
      JsonNode node, EnvOverrides env, ZoneId fallback, List<String> problems) {
    String text = env.env().get(ENV_DEFAULT_ZONE);
    String key = ENV_DEFAULT_ZONE;
    if (text == null) {
      if (ConfigNodes.isAbsent(node)) {
        return fallback;
      }
      text = node.isTextual() ? node.textValue() : node.toString();
      key = "digests.default_zone";
    }
    try {
      return TimeZones.parse(text);
    } catch (BriefingException e) {
      problems.add(key + ": " + e.getMessage());
      return fallback;
    }
  }
}
