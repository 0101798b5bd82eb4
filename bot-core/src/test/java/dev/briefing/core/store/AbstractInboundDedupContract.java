package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link InboundDedup} must do; each implementation runs it (in memory and through the
 * inbound event log).
 */
public abstract class AbstractInboundDedupContract {
  private final ExecutorService racers = Executors.newFixedThreadPool(8);
  private InboundDedup dedup;

  /** A fresh deduplicator that has seen no events. */
  protected abstract InboundDedup newDedup();

  @BeforeEach
  void create() {
    dedup = newDedup();
  }

  @AfterEach
  void stopRacers() {
    racers.shutdownNow();
  }

  @Test
  void anEventIsFirstOnlyOnce() {
    assertThat(dedup.firstTime("Ev0001")).isTrue();
    assertThat(dedup.firstTime("Ev0001")).isFalse();
    assertThat(dedup.firstTime("Ev0001")).isFalse();
  }

  @Test
  void differentEventsAreIndependent() {
    assertThat(dedup.firstTime("Ev0001")).isTrue();
    assertThat(dedup.firstTime("Ev0002")).isTrue();
    assertThat(dedup.firstTime("ev0001")).isTrue();
  }

  @Test
  void ofSimultaneousDeliveriesExactlyOneIsFirst() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      results.add(
          racers.submit(
              () -> {
                go.await();
                return dedup.firstTime("Ev0RACE");
              }));
    }
    go.countDown();

    int firsts = 0;
    for (Future<Boolean> result : results) {
      firsts += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    assertThat(firsts).isEqualTo(1);
  }

  @Test
  void rejectsABlankEventId() {
    assertThatThrownBy(() -> dedup.firstTime(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
