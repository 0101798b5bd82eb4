package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ChatReturnsTest {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "501");
  private static final ChatAddress OTHER = ChatAddress.of("telegram", "502");

  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(Clock.systemUTC());
  private final ChatReturns returns = new ChatReturns(subscriptions);

  @Test
  void aChatReachableAgainGetsItsPausedDigestsBackAndIsToldInOneLine() {
    Subscription morning = subscribe(CHAT, 8);
    Subscription evening = subscribe(CHAT, 18);
    Subscription elsewhere = subscribe(OTHER, 8);
    subscriptions.pauseChat(CHAT);
    subscriptions.pauseChat(OTHER);

    Reply note = returns.reachableAgain(CHAT).orElseThrow();

    assertThat(note.text()).contains("2 digests are on again").contains("/subscriptions");
    assertThat(subscriptions.findById(morning.id()).orElseThrow().paused()).isFalse();
    assertThat(subscriptions.findById(evening.id()).orElseThrow().paused()).isFalse();
    assertThat(subscriptions.findById(elsewhere.id()).orElseThrow().paused()).isTrue();
  }

  @Test
  void aChatWithNothingPausedIsNotToldAnything() {
    subscribe(CHAT, 8);

    assertThat(returns.reachableAgain(CHAT)).isEmpty();
    assertThat(returns.reachableAgain(OTHER)).isEmpty();
  }

  private Subscription subscribe(ChatAddress chat, int hour) {
    return subscriptions.add(
        new NewSubscription(
            chat, LocalTime.of(hour, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));
  }
}
