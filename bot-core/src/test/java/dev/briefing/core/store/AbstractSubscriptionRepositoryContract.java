package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.testing.MutableClock;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionRepository} must do; each implementation runs it. */
public abstract class AbstractSubscriptionRepositoryContract {
  protected static final ChatAddress CHAT = ChatAddress.of("telegram", "-1001");
  protected static final ChatAddress OTHER_CHAT = ChatAddress.of("telegram", "-2002");
  protected static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private SubscriptionRepository repository;

  /** A fresh, empty repository whose creation times come from {@code clock}. */
  protected abstract SubscriptionRepository newRepository(Clock clock);

  @BeforeEach
  void createRepository() {
    repository = newRepository(clock);
  }

  @Test
  void addReturnsTheSavedSubscriptionWithIdAndCreationTime() {
    Subscription saved = repository.add(daily(CHAT, "08:00"));

    assertThat(saved.id()).isPositive();
    assertThat(saved.chat()).isEqualTo(CHAT);
    assertThat(saved.time()).isEqualTo(LocalTime.of(8, 0));
    assertThat(saved.days()).isEqualTo(Subscription.EVERY_DAY);
    assertThat(saved.zone()).isEqualTo(BERLIN);
    assertThat(saved.paused()).isFalse();
    assertThat(saved.createdAt()).isEqualTo(clock.instant());
    assertThat(repository.findById(saved.id())).contains(saved);
  }

  @Test
  void keepsThreadDaysAndZoneAsGiven() {
    ChatAddress topic = new ChatAddress("slack", "C42", Optional.of("1700000000.000100"));
    EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    clock.set(Instant.parse("2026-07-01T06:30:00.123456789Z"));
    Subscription saved =
        repository.add(
            new NewSubscription(topic, LocalTime.of(23, 59), days, ZoneId.of("America/New_York")));

    Subscription found = repository.findById(saved.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.chat().threadId()).contains("1700000000.000100");
    assertThat(found.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
    assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-07-01T06:30:00.123456Z"));
  }

  @Test
  void givesEverySubscriptionItsOwnId() {
    Subscription first = repository.add(daily(CHAT, "08:00"));
    Subscription second = repository.add(daily(CHAT, "08:00"));

    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(repository.findById(Math.max(first.id(), second.id()) + 1000)).isEmpty();
  }

  @Test
  void findsAChatsSubscriptionsInEveryThreadOldestFirstPausedIncluded() {
    Subscription first = repository.add(daily(CHAT, "08:00"));
    ChatAddress thread = new ChatAddress(CHAT.platform(), CHAT.chatId(), Optional.of("7"));
    Subscription inThread = repository.add(weekdays(thread, "07:30"));
    repository.add(daily(OTHER_CHAT, "08:00"));
    repository.add(daily(ChatAddress.of("slack", CHAT.chatId()), "08:00"));
    repository.pauseChat(CHAT);

    assertThat(repository.findByChat(CHAT))
        .containsExactly(
            first.withPause(Subscription.Pause.UNREACHABLE),
            inThread.withPause(Subscription.Pause.UNREACHABLE));
    assertThat(repository.findByChat(ChatAddress.of("console", "nobody"))).isEmpty();
  }

  @Test
  void findsAllActiveSubscriptionsAcrossChatsButNotPausedOnes() {
    Subscription paused = repository.add(daily(CHAT, "08:00"));
    Subscription active = repository.add(weekdays(OTHER_CHAT, "09:15"));
    repository.pauseChat(CHAT);

    assertThat(repository.findAllActive()).containsExactly(active);
    assertThat(repository.findById(paused.id()).orElseThrow().paused()).isTrue();
  }

  @Test
  void removesOneSubscriptionById() {
    Subscription gone = repository.add(daily(CHAT, "08:00"));
    Subscription kept = repository.add(daily(CHAT, "18:00"));

    assertThat(repository.remove(gone.id())).isTrue();
    assertThat(repository.remove(gone.id())).isFalse();
    assertThat(repository.findById(gone.id())).isEmpty();
    assertThat(repository.findByChat(CHAT)).containsExactly(kept);
    assertThat(repository.findAllActive()).containsExactly(kept);
  }

  @Test
  void removesAllOfAChatsSubscriptionsAndCountsThem() {
    repository.add(daily(CHAT, "08:00"));
    repository.add(weekdays(CHAT, "18:00"));
    Subscription other = repository.add(daily(OTHER_CHAT, "08:00"));

    assertThat(repository.removeAllForChat(CHAT)).isEqualTo(2);
    assertThat(repository.removeAllForChat(CHAT)).isZero();
    assertThat(repository.findByChat(CHAT)).isEmpty();
    assertThat(repository.findAllActive()).containsExactly(other);
  }

  @Test
  void pausesAndResumesAChatCountingOnlyChanges() {
    Subscription first = repository.add(daily(CHAT, "08:00"));
    Subscription second = repository.add(daily(CHAT, "18:00"));
    Subscription other = repository.add(daily(OTHER_CHAT, "08:00"));

    assertThat(repository.pauseChat(CHAT)).isEqualTo(2);
    assertThat(repository.pauseChat(CHAT)).isZero();
    assertThat(repository.findAllActive()).containsExactly(other);

    assertThat(repository.resumeChat(CHAT)).isEqualTo(2);
    assertThat(repository.resumeChat(CHAT)).isZero();
    assertThat(repository.findAllActive()).containsExactly(first, second, other);
  }

  @Test
  void aChatPausesAndResumesOneSubscriptionByIdAndNoOtherChatsOne() {
    Subscription mine = repository.add(daily(CHAT, "08:00"));
    Subscription theirs = repository.add(daily(OTHER_CHAT, "08:00"));

    assertThat(repository.setPause(mine.id(), CHAT, Subscription.Pause.BY_CHAT)).isTrue();
    assertThat(repository.setPause(mine.id(), CHAT, Subscription.Pause.BY_CHAT)).isFalse();
    assertThat(repository.setPause(theirs.id(), CHAT, Subscription.Pause.BY_CHAT)).isFalse();
    assertThat(repository.setPause(9_999, CHAT, Subscription.Pause.BY_CHAT)).isFalse();
    assertThat(repository.findById(mine.id()).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.BY_CHAT);
    assertThat(repository.findAllActive()).containsExactly(theirs);

    assertThat(repository.setPause(mine.id(), CHAT, Subscription.Pause.ACTIVE)).isTrue();
    assertThat(repository.findAllActive()).containsExactly(mine, theirs);
  }

  @Test
  void aChatReachableAgainGetsBackOnlyWhatFailingSendsPaused() {
    Subscription pausedByChat = repository.add(daily(CHAT, "08:00"));
    Subscription unreachable = repository.add(daily(CHAT, "18:00"));
    repository.setPause(pausedByChat.id(), CHAT, Subscription.Pause.BY_CHAT);

    assertThat(repository.pauseChat(CHAT)).isEqualTo(1);
    assertThat(repository.findById(pausedByChat.id()).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.BY_CHAT);
    assertThat(repository.findById(unreachable.id()).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.UNREACHABLE);

    assertThat(repository.resumeChat(CHAT)).isEqualTo(1);
    assertThat(repository.findById(pausedByChat.id()).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.BY_CHAT);
    assertThat(repository.findById(unreachable.id()).orElseThrow().paused()).isFalse();
  }

  @Test
  void movesAChatToItsNewIdKeepingIdsThreadsAndPauses() {
    ChatAddress group = ChatAddress.of("telegram", "-42");
    ChatAddress supergroup = ChatAddress.of("telegram", "-10042");
    Subscription plain = repository.add(daily(group, "08:00"));
    ChatAddress topic = new ChatAddress("telegram", "-42", Optional.of("9"));
    Subscription inTopic = repository.add(daily(topic, "09:00"));
    Subscription other = repository.add(daily(OTHER_CHAT, "08:00"));
    repository.pauseChat(group);
    clock.advance(Duration.ofDays(1));

    assertThat(repository.moveChat(group, supergroup)).isEqualTo(2);

    assertThat(repository.findByChat(group)).isEmpty();
    assertThat(repository.findByChat(supergroup))
        .containsExactly(
            plain.withChat(supergroup).withPause(Subscription.Pause.UNREACHABLE),
            inTopic
                .withChat(new ChatAddress("telegram", "-10042", Optional.of("9")))
                .withPause(Subscription.Pause.UNREACHABLE));
    assertThat(repository.findByChat(OTHER_CHAT)).containsExactly(other);
  }

  protected static NewSubscription daily(ChatAddress chat, String time) {
    return new NewSubscription(chat, LocalTime.parse(time), Subscription.EVERY_DAY, BERLIN);
  }

  protected static NewSubscription weekdays(ChatAddress chat, String time) {
    return new NewSubscription(chat, LocalTime.parse(time), Subscription.WEEKDAYS, BERLIN);
  }
}
