package dev.briefing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.NotDelivered;
import dev.briefing.core.chat.ReplyParts;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared queue on its own, with a platform that misbehaves. */
class OutboundQueueTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<String> sent = new ArrayList<>();

  @Test
  void aSendThatThrowsAnErrorRefusesThatMessageAndTheQueueGoesOn() {
    OutboundQueue<String> queue =
        new OutboundQueue<>(
            OutboundPlatform.of(
                "test",
                "Test chat",
                m -> {
                  if (m.payload().equals("boom")) {
                    throw new AssertionError("a bug in the platform's client");
                  }
                  sent.add(m.payload());
                },
                e -> new SendFailure.Rejected(e.getMessage()),
                e -> "error"),
            RateLimits.perChat(Duration.ZERO),
            ChatEvents.updating(new InMemorySubscriptionRepository(clock), "Test chat"),
            clock,
            scheduler,
            3,
            Duration.ofSeconds(1),
            BotMetrics.NONE);
    ReplyParts broken = ReplyParts.single();
    ReplyParts fine = ReplyParts.single();

    queue.enqueue(List.of(Outgoing.of(ChatAddress.of("test", "1"), "boom", broken, null)));
    queue.enqueue(List.of(Outgoing.of(ChatAddress.of("test", "2"), "hello", fine, null)));
    scheduler.runDue();

    assertThat(broken.future())
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
        .withCauseInstanceOf(NotDelivered.class);
    assertThat(fine.future()).isCompleted();
    assertThat(sent).containsExactly("hello");
    assertThat(queue.depth()).isZero();
  }
}
