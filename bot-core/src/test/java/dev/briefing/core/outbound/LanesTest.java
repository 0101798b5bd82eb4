package dev.briefing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ReplyParts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LanesTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
  private static final ChatAddress CHAT = ChatAddress.of("test", "1");

  private final AtomicInteger asked = new AtomicInteger();
  private final RateBudget slowBudget =
      now -> {
        asked.incrementAndGet();
        return Duration.ofMillis(100);
      };
  private final Lanes<String> lanes =
      new Lanes<>(RateLimits.perChat(Duration.ZERO).sharing(slowBudget));

  @Test
  void aReservedSlotIsUsedByTheNextSendWithoutAskingAgain() {
    lanes.addAll(List.of(message("a")));

    assertThat(lanes.next(START).wake()).isEqualTo(START.plusMillis(100));
    assertThat(lanes.next(START.plusMillis(100)).ready().payload()).isEqualTo("a");
    assertThat(asked).hasValue(1);
  }

  @Test
  void aSlotWhoseMessageWentElsewhereGoesStaleAndIsNotUsedLater() {
    lanes.addAll(List.of(message("a")));
    lanes.next(START); // reserves START + 100 ms
    lanes.drop(CHAT.chatId()); // the chat was gone: its message will never use the slot

    lanes.addAll(List.of(message("b")));
    Lanes.Next<String> later = lanes.next(START.plusSeconds(5));

    assertThat(later.ready()).isNull();
    assertThat(later.wake()).isEqualTo(START.plusSeconds(5).plusMillis(100));
    assertThat(asked).hasValue(2);
  }

  private static Outgoing<String> message(String text) {
    return Outgoing.of(CHAT, text, ReplyParts.single(), null);
  }
}
