package dev.briefing.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleParserTest {
  private final ScheduleParser parser = new ScheduleParser();

  @Test
  void readsTimeAndZone() {
    assertThat(parser.parse("08:00 Europe/Berlin"))
        .isEqualTo(
            new DigestSchedule(
                LocalTime.of(8, 0), DigestSchedule.DAILY, Optional.of(ZoneId.of("Europe/Berlin"))));
  }

  @Test
  void readsDaysInAnyOrderAndLeavesTheZoneToTheChat() {
    DigestSchedule s = parser.parse("weekdays 07:30");
    assertThat(s.time()).isEqualTo(LocalTime.of(7, 30));
    assertThat(s.days()).isEqualTo(DigestSchedule.WEEKDAYS);
    assertThat(s.zone()).isEmpty();
    assertThat(parser.parse("18:00 mon,wed,friday America/New_York").days())
        .isEqualTo(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
  }

  @ParameterizedTest
  @CsvSource({
    "7:05, 07:05",
    "6pm, 18:00",
    "6 pm, 18:00",
    "12am, 00:00",
    "12:30pm, 12:30",
    "9.15, 09:15"
  })
  void readsCommonTimeForms(String text, String expected) {
    assertThat(parser.parse(text).time()).isEqualTo(LocalTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "Europe/Berlin",
        "weekdays",
        "25:00",
        "12:60",
        "13pm",
        "7",
        "noonish",
        "08:00 09:00",
        "08:00 Mars/Olympus",
        "08:00 +02:00",
        "08:00 GMT+2",
        "08:00 CET",
        "08:00 Europe/Berlin Asia/Tokyo",
        "funday 08:00",
        "weekdays weekends 08:00",
        "08:00 mon,xyz",
        "08:00 ; DROP TABLE subscriptions"
      })
  void rejectsMalformedSchedulesWithExamples(String text) {
    assertThatThrownBy(() -> parser.parse(text))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("/subscribe");
  }

  @Test
  void explainsWhyAFixedOffsetIsRefused() {
    assertThatThrownBy(() -> parser.parse("08:00 UTC+2"))
        .hasMessageContaining("daylight saving")
        .hasMessageContaining("Europe/Berlin");
  }

  @Test
  void readsZonesWhateverTheirCase() {
    assertThat(parser.parse("06:00 europe/berlin").zone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(parser.parse("06:00 AMERICA/NEW_YORK").zone())
        .contains(ZoneId.of("America/New_York"));
  }

  @Test
  void acceptsUtc() {
    assertThat(parser.parse("06:00 UTC").zone()).contains(ZoneId.of("UTC"));
  }

  @Test
  void describesDays() {
    assertThat(parser.parse("weekdays 07:30").describeDays()).isEqualTo("weekdays");
    assertThat(parser.parse("sat,sun 07:30").describeDays()).isEqualTo("weekends");
    assertThat(parser.parse("tue,thu 07:30").describeDays()).isEqualTo("Tue, Thu");
  }
}
