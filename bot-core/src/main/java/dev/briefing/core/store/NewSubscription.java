package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a chat asks for when it subscribes; the repository adds the id and creation time.
 *
 * @param chat where the digest goes (its thread included)
 * @param time the local time of day, in whole minutes
 * @param days the days it fires on: {@link Subscription#EVERY_DAY}, {@link Subscription#WEEKDAYS}
 *     or any non-empty set
 * @param zone the IANA zone {@code time} is read in
 */
public record NewSubscription(ChatAddress chat, LocalTime time, Set<DayOfWeek> days, ZoneId zone) {
  public NewSubscription {
    Subscription.validate(chat, time, days, zone);
    days = Subscription.copyOfDays(days);
  }
}
