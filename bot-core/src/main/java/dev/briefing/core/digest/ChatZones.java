package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.schedule.TimeZones;
import dev.briefing.core.store.ChatSettingsRepository;
import dev.briefing.core.store.IanaZone;
import java.time.Clock;
import java.time.ZoneId;

/** A chat's time zone: its own from {@code /timezone}, else the configured default. */
final class ChatZones {
  private static final String EXAMPLE =
      "For example: /timezone Europe/Berlin, /timezone America/New_York or /timezone Asia/Tokyo.";

  private final ChatSettingsRepository settings;
  private final ZoneId defaultZone;
  private final Clock clock;

  ChatZones(ChatSettingsRepository settings, ZoneId defaultZone, Clock clock) {
    this.settings = settings;
    this.defaultZone = IanaZone.require(defaultZone, "defaultZone");
    this.clock = clock;
  }

  ZoneId zoneOf(ChatAddress chat) {
    return settings.findZone(chat).orElse(defaultZone);
  }

  boolean hasOwnZone(ChatAddress chat) {
    return settings.findZone(chat).isPresent();
  }

  String defaultZoneHint() {
    return "That is the default time zone, "
        + defaultZone.getId()
        + "; set this chat's own with /timezone Area/City, e.g. /timezone Europe/Berlin.";
  }

  /** {@code /timezone}: shows the chat's zone, or sets it from {@code arguments}. */
  String handle(ChatAddress chat, String arguments) {
    if (arguments.isEmpty()) {
      return settings
          .findZone(chat)
          .map(zone -> "This chat's time zone is " + zone.getId() + " (now " + now(zone) + ").")
          .orElse(
              "This chat uses the default time zone, "
                  + defaultZone.getId()
                  + ". Set its own with /timezone Area/City. "
                  + EXAMPLE);
    }
    ZoneId zone;
    try {
      zone = TimeZones.parse(arguments);
    } catch (BriefingException e) {
      throw new BriefingException(e.getMessage() + " " + EXAMPLE, e);
    }
    settings.setZone(chat, zone);
    return "Time zone set to "
        + zone.getId()
        + " (now "
        + now(zone)
        + "). New digests use it; existing ones keep their zone.";
  }

  private String now(ZoneId zone) {
    return DigestComposer.when(clock.instant(), zone);
  }
}
