package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.chat.ChatAddress;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
  private static final ChatAddress CHAT = ChatAddress.of("console", "local");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void acceptsImmutableDaySetsSuchAsSetOf() {
    NewSubscription request =
        new NewSubscription(
            CHAT,
            java.time.LocalTime.of(7, 30),
            java.util.Set.of(java.time.DayOfWeek.MONDAY),
            BERLIN);
    org.assertj.core.api.Assertions.assertThat(request.days())
        .containsExactly(java.time.DayOfWeek.MONDAY);
  }

  @Test
  void acceptsIanaZonesIncludingUtc() {
    assertThat(new NewSubscription(CHAT, LocalTime.of(7, 30), Subscription.WEEKDAYS, BERLIN).zone())
        .isEqualTo(BERLIN);
    assertThat(IanaZone.isIana(ZoneId.of("UTC"))).isTrue();
    assertThat(IanaZone.isIana(ZoneId.of("Etc/GMT+5"))).isTrue();
  }

  @Test
  void rejectsFixedOffsetsNamingTheZone() {
    assertThatThrownBy(
            () -> request(LocalTime.of(8, 0), Subscription.EVERY_DAY, ZoneOffset.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("zone must be an IANA zone such as Europe/Berlin, was +02:00");
    assertThatThrownBy(
            () -> request(LocalTime.of(8, 0), Subscription.EVERY_DAY, ZoneId.of("GMT+01:00")))
        .hasMessageContaining("zone must be an IANA zone");
  }

  @Test
  void rejectsTimesWithSecondsAndEmptyDays() {
    assertThatThrownBy(() -> request(LocalTime.of(8, 0, 30), Subscription.EVERY_DAY, BERLIN))
        .hasMessage("time must be whole minutes, was 08:00:30");
    assertThatThrownBy(() -> request(LocalTime.of(8, 0), Set.of(), BERLIN))
        .hasMessage("days must name at least one day, was []");
    assertThatThrownBy(() -> request(null, Subscription.EVERY_DAY, BERLIN))
        .hasMessage("time must not be null");
  }

  @Test
  void daysAreAnImmutableCopyInWeekOrder() {
    Set<DayOfWeek> days = new HashSet<>(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
    NewSubscription request = request(LocalTime.of(8, 0), days, BERLIN);
    days.add(DayOfWeek.SUNDAY);

    assertThat(request.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(Subscription.WEEKDAYS).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThatThrownBy(() -> request.days().add(DayOfWeek.SUNDAY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static NewSubscription request(LocalTime time, Set<DayOfWeek> days, ZoneId zone) {
    return new NewSubscription(CHAT, time, days, zone);
  }
}
