package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InboundEventLog} must do; each implementation runs it. */
public abstract class AbstractInboundEventLogContract {
  private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

  private InboundEventLog log;

  /** A fresh, empty log. */
  protected abstract InboundEventLog newLog();

  @BeforeEach
  void createLog() {
    log = newLog();
  }

  @Test
  void anEventIsNewOnlyTheFirstTime() {
    assertThat(log.firstTime("slack", "Ev01", NOW)).isTrue();
    assertThat(log.firstTime("slack", "Ev01", NOW.plusSeconds(60))).isFalse();
    assertThat(log.firstTime("slack", "Ev01", NOW.plusSeconds(120))).isFalse();
  }

  @Test
  void theSameIdOnAnotherPlatformIsAnotherEvent() {
    assertThat(log.firstTime("slack", "42", NOW)).isTrue();
    assertThat(log.firstTime("telegram", "42", NOW)).isTrue();
  }

  @Test
  void ofManyConcurrentDeliveriesOfOneEventExactlyOneIsFirst() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return log.firstTime("slack", "EvRace", NOW);
                }));
      }
      start.countDown();
      int first = 0;
      for (Future<Boolean> result : results) {
        first += result.get() ? 1 : 0;
      }
      assertThat(first).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesBlankOrOverlongKeysNamingTheField() {
    assertThatThrownBy(() -> log.firstTime(" ", "Ev01", NOW)).hasMessageContaining("platform");
    assertThatThrownBy(() -> log.firstTime("slack", "", NOW)).hasMessageContaining("eventId");
    assertThatThrownBy(() -> log.firstTime("slack", "x".repeat(201), NOW))
        .hasMessageContaining("eventId");
  }
}
