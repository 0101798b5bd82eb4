package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A chat's standing order for a digest at a local time on some days of the week.
 *
 * @param id assigned by the repository, from 1
 * @param chat where the digest goes (its thread included)
 * @param time the local time of day, in whole minutes
 * @param days the days it fires on, never empty; all seven is daily
 * @param zone the IANA zone {@code time} is read in, so it follows daylight saving
 * @param pause whether it fires ({@link Pause#ACTIVE}) or is kept but paused, and by whom
 * @param createdAt when it was added, kept to the microsecond as databases store it
 */
public record Subscription(
    long id,
    ChatAddress chat,
    LocalTime time,
    Set<DayOfWeek> days,
    ZoneId zone,
    Pause pause,
    Instant createdAt) {
  /** Whether a subscription fires, and why not when it does not. */
  public enum Pause {
    /** It fires. */
    ACTIVE,
    /** The chat paused it ({@code /pause}); only the chat resumes it. */
    BY_CHAT,
    /**
     * Sending there failed for good (the bot blocked, removed, the channel archived); it resumes
     * when the bot can reach the chat again, or when the chat resumes it.
     */
    UNREACHABLE
  }

  /** Daily. */
  public static final Set<DayOfWeek> EVERY_DAY =
      Collections.unmodifiableSet(EnumSet.allOf(DayOfWeek.class));

  /** Monday to Friday. */
  public static final Set<DayOfWeek> WEEKDAYS =
      Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  public Subscription {
    if (id < 1) {
      throw new IllegalArgumentException("id must be >= 1, was " + id);
    }
    validate(chat, time, days, zone);
    days = copyOfDays(days);
    if (pause == null) {
      throw new IllegalArgumentException("pause must not be null");
    }
    if (createdAt == null) {
      throw new IllegalArgumentException("createdAt must not be null");
    }
    createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
  }

  /** The saved form of {@code request}: active, with its id and creation time. */
  public static Subscription saved(long id, NewSubscription request, Instant createdAt) {
    return new Subscription(
        id,
        request.chat(),
        request.time(),
        request.days(),
        request.zone(),
        Pause.ACTIVE,
        createdAt);
  }

  /** Whether it is kept but does not fire, for either reason. */
  public boolean paused() {
    return pause != Pause.ACTIVE;
  }

  /** A copy with {@code pause} set. */
  public Subscription withPause(Pause pause) {
    return new Subscription(id, chat, time, days, zone, pause, createdAt);
  }

  /** A copy delivered to {@code chat} instead. */
  public Subscription withChat(ChatAddress chat) {
    return new Subscription(id, chat, time, days, zone, pause, createdAt);
  }

  static void validate(ChatAddress chat, LocalTime time, Set<DayOfWeek> days, ZoneId zone) {
    if (chat == null) {
      throw new IllegalArgumentException("chat must not be null");
    }
    if (time == null) {
      throw new IllegalArgumentException("time must not be null");
    }
    if (time.getSecond() != 0 || time.getNano() != 0) {
      throw new IllegalArgumentException("time must be whole minutes, was " + time);
    }
    if (days == null || days.isEmpty() || days.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("days must name at least one day, was " + days);
    }
    IanaZone.require(zone, "zone");
  }

  static Set<DayOfWeek> copyOfDays(Set<DayOfWeek> days) {
    return Collections.unmodifiableSet(EnumSet.copyOf(days));
  }
}
