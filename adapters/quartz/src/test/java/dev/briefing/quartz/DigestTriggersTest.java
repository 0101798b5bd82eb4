package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.schedule.NextFireTime;
import dev.briefing.core.store.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.Trigger;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

class DigestTriggersTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");

  @Test
  void cronExpressionNamesTheMinuteHourAndDays() {
    Subscription weekdays = subscription("07:30", "Europe/Berlin", Subscription.WEEKDAYS);

    assertThat(DigestTriggers.cronExpression(weekdays)).isEqualTo("0 30 7 ? * MON,TUE,WED,THU,FRI");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
    "07:30, Europe/Berlin",
    "02:30, Europe/Berlin",
    "02:00, Europe/Berlin",
    "02:59, Europe/Berlin",
    "03:00, Europe/Berlin",
    "07:30, America/New_York",
    "02:30, America/New_York",
    "01:30, America/New_York",
    "00:30, America/Santiago",
    "02:15, Australia/Lord_Howe",
    "02:45, Australia/Lord_Howe",
    "23:30, Asia/Kolkata",
    "00:00, UTC",
  })
  void cronAndSkippedDayTriggersFireExactlyWhenNextFireTimeSays(String time, String zone) {
    for (Set<DayOfWeek> days :
        List.of(Subscription.EVERY_DAY, Subscription.WEEKDAYS, EnumSet.of(DayOfWeek.SUNDAY))) {
      Subscription subscription = subscription(time, zone, days);
      List<Trigger> triggers = new ArrayList<>();
      triggers.add(DigestTriggers.cron(subscription, FROM));
      triggers.addAll(DigestTriggers.gaps(subscription, FROM, TO));

      assertThat(fireTimes(triggers, FROM, TO))
          .as("%s on %s", subscription, days)
          .containsExactlyElementsOf(reference(subscription, FROM, TO));
    }
  }

  @Test
  void aBerlinTimeInTheSpringForwardGapGetsOneOffTriggersAtTheShiftedTime() {
    Subscription gap = subscription("02:30", "Europe/Berlin", Subscription.EVERY_DAY);

    assertThat(DigestTriggers.skippedByCron(gap, FROM, TO))
        .containsExactly(
            Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2027-03-28T01:30:00Z"));
  }

  @Test
  void aTimeOutsideAnyGapNeedsNoOneOffTrigger() {
    Subscription morning = subscription("07:30", "Europe/Berlin", Subscription.EVERY_DAY);

    assertThat(DigestTriggers.gaps(morning, FROM, TO)).isEmpty();
  }

  static Subscription subscription(String time, String zone, Set<DayOfWeek> days) {
    return new Subscription(
        1,
        ChatAddress.of("test", "chat"),
        LocalTime.parse(time),
        days,
        ZoneId.of(zone),
        Subscription.Pause.ACTIVE,
        Instant.parse("2025-12-01T00:00:00Z"));
  }

  /** Every fire time of the triggers in [from, to], as Quartz computes them. */
  static TreeSet<Instant> fireTimes(List<? extends Trigger> triggers, Instant from, Instant to) {
    TreeSet<Instant> times = new TreeSet<>();
    for (Trigger trigger : triggers) {
      // computeFireTimesBetween moves an unstarted trigger's start to `from`; start it here.
      OperableTrigger operable = (OperableTrigger) ((OperableTrigger) trigger).clone();
      operable.computeFirstFireTime(null);
      for (Date date :
          TriggerUtils.computeFireTimesBetween(operable, null, Date.from(from), Date.from(to))) {
        times.add(date.toInstant());
      }
    }
    return times;
  }

  static List<Instant> reference(Subscription subscription, Instant from, Instant to) {
    List<Instant> times = new ArrayList<>();
    for (Instant t = NextFireTime.after(subscription, from.minusMillis(1));
        !t.isAfter(to);
        t = NextFireTime.after(subscription, t)) {
      times.add(t);
    }
    return times;
  }
}
