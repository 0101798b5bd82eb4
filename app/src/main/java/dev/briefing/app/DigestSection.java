package dev.briefing.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.app.BriefingConfig.Digests;
import dev.briefing.core.BriefingException;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.schedule.TimeZones;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

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
        ConfigLoader.intValue(
            section.path("misfire_grace_minutes"),
            "digests.misfire_grace_minutes",
            (int) defaultGrace,
            problems);
    grace = env.intValue(ENV_MISFIRE_GRACE, grace, problems);
    if (grace < 1 || grace > MAX_GRACE_MINUTES) {
      problems.add(
          "digests.misfire_grace_minutes must be from 1 to "
              + MAX_GRACE_MINUTES
              + ", was "
              + grace);
      grace = (int) defaultGrace;
    }
    boolean sendWhenEmpty =
        ConfigLoader.boolValue(
            section.path("send_when_empty"),
            "digests.send_when_empty",
            defaults.options().sendWhenEmpty(),
            problems);
    sendWhenEmpty = env.boolValue(ENV_SEND_WHEN_EMPTY, sendWhenEmpty, problems);
    int defaultLease = (int) defaults.options().claimLease().toSeconds();
    int lease =
        ConfigLoader.intValue(
            section.path("claim_lease_seconds"),
            "digests.claim_lease_seconds",
            defaultLease,
            problems);
    lease = env.intValue(ENV_CLAIM_LEASE, lease, problems);
    if (lease < MIN_LEASE_SECONDS || lease > MAX_LEASE_SECONDS) {
      problems.add(
          "digests.claim_lease_seconds must be from "
              + MIN_LEASE_SECONDS
              + " to "
              + MAX_LEASE_SECONDS
              + ", was "
              + lease);
      lease = defaultLease;
    }
    return new Digests(
        zone,
        new DigestOptions(Duration.ofMinutes(grace), sendWhenEmpty, Duration.ofSeconds(lease)));
  }

  private static ZoneId zone(
      JsonNode node, EnvOverrides env, ZoneId fallback, List<String> problems) {
    String text = env.env().get(ENV_DEFAULT_ZONE);
    String key = ENV_DEFAULT_ZONE;
    if (text == null) {
      if (ConfigLoader.isAbsent(node)) {
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
