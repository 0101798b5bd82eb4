package dev.briefing.quartz;

import dev.briefing.core.store.Subscription;
import java.text.ParseException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * The triggers of one subscription: a cron trigger at its local time on its days, in its zone, and
 * a one-off trigger for each day a cron trigger skips. Quartz's cron does not fire on a day whose
 * local time falls in the spring-forward gap (02:30 on the night clocks jump from 02:00 to 03:00);
 * the bot sends that digest at the shifted time, 03:30, as {@link
 * dev.briefing.core.schedule.NextFireTime} says. Both kinds fire the same job.
 */
final class DigestTriggers {
  static final String GROUP = "digests";

  private DigestTriggers() {}

  static JobKey jobKey(long subscriptionId) {
    return JobKey.jobKey("subscription-" + subscriptionId, GROUP);
  }

  /** The subscription a job fires, from its key. */
  static long subscriptionId(JobKey job) {
    return Long.parseLong(job.getName().substring("subscription-".length()));
  }

  static TriggerKey cronKey(long subscriptionId) {
    return TriggerKey.triggerKey("subscription-" + subscriptionId, GROUP);
  }

  static TriggerKey gapKey(long subscriptionId, Instant fireTime) {
    return TriggerKey.triggerKey(
        "subscription-" + subscriptionId + "-gap-" + fireTime.getEpochSecond(), GROUP);
  }

  /** "0 30 7 ? * MON,TUE,WED,THU,FRI" for 07:30 on weekdays. */
  static String cronExpression(Subscription subscription) {
    String days =
        EnumSet.copyOf(subscription.days()).stream()
            .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT))
            .collect(Collectors.joining(","));
    return "0 "
        + subscription.time().getMinute()
        + " "
        + subscription.time().getHour()
        + " ? * "
        + days;
  }

  /** The cron trigger, first firing after {@code startAt}; a missed firing is skipped. */
  static CronTrigger cron(Subscription subscription, Instant startAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(cronKey(subscription.id()))
        .forJob(jobKey(subscription.id()))
        .startAt(Date.from(startAt))
        .withSchedule(
            CronScheduleBuilder.cronSchedule(cronExpression(subscription))
                .inTimeZone(TimeZone.getTimeZone(subscription.zone()))
                .withMisfireHandlingInstructionDoNothing())
        .build();
  }

  /** One-off triggers for the fire times in {@code (from, to]} that the cron trigger skips. */
  static List<Trigger> gaps(Subscription subscription, Instant from, Instant to) {
    List<Trigger> triggers = new ArrayList<>();
    for (Instant fireTime : skippedByCron(subscription, from, to)) {
      triggers.add(
          TriggerBuilder.newTrigger()
              .withIdentity(gapKey(subscription.id(), fireTime))
              .forJob(jobKey(subscription.id()))
              .startAt(Date.from(fireTime))
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule()
                      .withMisfireHandlingInstructionNextWithRemainingCount())
              .build());
    }
    return triggers;
  }

  /**
   * The subscription's fire times in {@code (from, to]} on days whose local time falls in a
   * daylight-saving gap, shifted forward by the gap, that its cron expression does not produce.
   * Only the zone's transitions are looked at, so a year costs two checks.
   */
  static List<Instant> skippedByCron(Subscription subscription, Instant from, Instant to) {
    CronExpression cron = expression(subscription);
    ZoneRules rules = subscription.zone().getRules();
    List<Instant> skipped = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from);
        t != null && !t.getInstant().isAfter(to);
        t = rules.nextTransition(t.getInstant())) {
      if (!t.isGap()) {
        continue;
      }
      for (LocalDate date :
          List.of(t.getDateTimeBefore().toLocalDate(), t.getDateTimeAfter().toLocalDate())) {
        LocalDateTime local = date.atTime(subscription.time());
        boolean inGap =
            !local.isBefore(t.getDateTimeBefore()) && local.isBefore(t.getDateTimeAfter());
        if (inGap && fires(subscription, date.getDayOfWeek())) {
          Instant shifted = ZonedDateTime.of(local, subscription.zone()).toInstant();
          if (shifted.isAfter(from) && !shifted.isAfter(to) && !producedBy(cron, shifted)) {
            skipped.add(shifted);
          }
        }
      }
    }
    return skipped.stream().distinct().sorted().toList();
  }

  private static boolean fires(Subscription subscription, DayOfWeek day) {
    return subscription.days().contains(day);
  }

  private static boolean producedBy(CronExpression cron, Instant fireTime) {
    Date next = cron.getNextValidTimeAfter(Date.from(fireTime.minusMillis(1)));
    return next != null && next.toInstant().equals(fireTime);
  }

  private static CronExpression expression(Subscription subscription) {
    try {
      CronExpression cron = new CronExpression(cronExpression(subscription));
      cron.setTimeZone(TimeZone.getTimeZone(subscription.zone()));
      return cron;
    } catch (ParseException e) {
      throw new IllegalStateException("bad cron expression for " + subscription, e);
    }
  }
}
