package dev.briefing.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.store.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextFireTimeTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime HALF_SEVEN = LocalTime.of(7, 30);

  @Test
  void berlinMorningIsHalfFiveUtcInSummerAndHalfSixInWinter() {
    assertThat(daily(HALF_SEVEN, BERLIN, "2026-07-01T00:00:00Z"))
        .isEqualTo(Instant.parse("2026-07-01T05:30:00Z"));
    assertThat(daily(HALF_SEVEN, BERLIN, "2026-01-15T00:00:00Z"))
        .isEqualTo(Instant.parse("2026-01-15T06:30:00Z"));
  }

  @Test
  void firesOnceOnEachDayAroundTheBerlinTransitions() {
    assertThat(fires(HALF_SEVEN, BERLIN, "2026-03-27T12:00:00Z", 3))
        .containsExactly(
            Instant.parse("2026-03-28T06:30:00Z"),
            Instant.parse("2026-03-29T05:30:00Z"),
            Instant.parse("2026-03-30T05:30:00Z"));
    assertThat(fires(HALF_SEVEN, BERLIN, "2026-10-23T12:00:00Z", 3))
        .containsExactly(
            Instant.parse("2026-10-24T05:30:00Z"),
            Instant.parse("2026-10-25T06:30:00Z"),
            Instant.parse("2026-10-26T06:30:00Z"));
  }

  @Test
  void firesOnceOnEachDayAroundTheNewYorkTransitions() {
    assertThat(fires(HALF_SEVEN, NEW_YORK, "2026-03-07T00:00:00Z", 3))
        .containsExactly(
            Instant.parse("2026-03-07T12:30:00Z"),
            Instant.parse("2026-03-08T11:30:00Z"),
            Instant.parse("2026-03-09T11:30:00Z"));
    assertThat(fires(HALF_SEVEN, NEW_YORK, "2026-10-31T00:00:00Z", 3))
        .containsExactly(
            Instant.parse("2026-10-31T11:30:00Z"),
            Instant.parse("2026-11-01T12:30:00Z"),
            Instant.parse("2026-11-02T12:30:00Z"));
  }

  @Test
  void aTimeInsideTheSpringForwardGapFiresOnceAtTheShiftedTime() {
    // 02:30 does not exist in Berlin on 29 March 2026: clocks jump from 02:00 to 03:00.
    assertThat(fires(LocalTime.of(2, 30), BERLIN, "2026-03-28T12:00:00Z", 2))
        .containsExactly(
            Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST
            Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void aTimeInsideTheAutumnOverlapFiresOnceAtItsSecondOccurrence() {
    // 02:30 happens twice in Berlin on 25 October 2026: first in CEST, then in CET.
    assertThat(fires(LocalTime.of(2, 30), BERLIN, "2026-10-24T12:00:00Z", 2))
        .containsExactly(
            Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-26T01:30:00Z"));
  }

  @Test
  void weekdaysSkipTheWeekend() {
    Instant fridayFire = Instant.parse("2026-11-27T06:30:00Z");
    assertThat(NextFireTime.after(HALF_SEVEN, Subscription.WEEKDAYS, BERLIN, fridayFire))
        .isEqualTo(Instant.parse("2026-11-30T06:30:00Z"));
  }

  @Test
  void theNextFireTimeIsStrictlyAfterTheGivenInstant() {
    Instant fire = Instant.parse("2026-11-27T06:30:00Z");
    assertThat(NextFireTime.after(HALF_SEVEN, Set.of(DayOfWeek.FRIDAY), BERLIN, fire))
        .isEqualTo(Instant.parse("2026-12-04T06:30:00Z"));
    assertThat(
            NextFireTime.after(HALF_SEVEN, Set.of(DayOfWeek.FRIDAY), BERLIN, fire.minusNanos(1000)))
        .isEqualTo(fire);
  }

  @Test
  void rejectsAnEmptySetOfDays() {
    assertThatThrownBy(() -> NextFireTime.after(HALF_SEVEN, Set.of(), BERLIN, Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days");
  }

  private static Instant daily(LocalTime time, ZoneId zone, String after) {
    return NextFireTime.after(time, Subscription.EVERY_DAY, zone, Instant.parse(after));
  }

  private static List<Instant> fires(LocalTime time, ZoneId zone, String after, int count) {
    List<Instant> fires = new ArrayList<>();
    Instant last = Instant.parse(after);
    for (int i = 0; i < count; i++) {
      last = NextFireTime.after(time, Subscription.EVERY_DAY, zone, last);
      fires.add(last);
    }
    return fires;
  }
}
