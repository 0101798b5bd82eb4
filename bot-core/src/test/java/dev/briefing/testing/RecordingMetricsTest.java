package dev.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.digest.DeliveryOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecordingMetricsTest {
  private final RecordingMetrics metrics = new RecordingMetrics();

  @Test
  void keepsEachPlatformsCountsLatenciesAndErrorsApart() {
    metrics.messageIn("telegram");
    metrics.messageIn("telegram");
    metrics.messageOut("slack");
    metrics.answered("telegram", Duration.ofMillis(12));
    metrics.platformError("slack", "429");
    metrics.platformError("telegram", "io");

    assertThat(metrics.in("telegram")).isEqualTo(2);
    assertThat(metrics.in("slack")).isZero();
    assertThat(metrics.out("slack")).isEqualTo(1);
    assertThat(metrics.latencies("telegram")).containsExactly(Duration.ofMillis(12));
    assertThat(metrics.latencies("slack")).isEmpty();
    assertThat(metrics.errors("slack")).containsExactly("429");
    assertThat(metrics.errors("telegram")).containsExactly("io");
    assertThat(metrics.platforms()).containsExactly("slack", "telegram");
  }

  @Test
  void readingAPlatformDoesNotCountAsReportingIt() {
    assertThat(metrics.in("console")).isZero();
    assertThat(metrics.gauges("console")).isEmpty();

    assertThat(metrics.platforms()).isEmpty();
  }

  @Test
  void readsTheOneQueueDepthGaugeNowAndFailsOnAnyOtherNumber() {
    int[] queued = {3};
    assertThatThrownBy(() -> metrics.depth("slack")).isInstanceOf(AssertionError.class);

    metrics.queueDepth("slack", () -> queued[0]);
    queued[0] = 1;

    assertThat(metrics.depth("slack")).isEqualTo(1);
    metrics.queueDepth("slack", () -> 0);
    assertThatThrownBy(() -> metrics.depth("slack"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("got 2");
  }

  @Test
  void recordsDigestOutcomesInOrder() {
    metrics.digest(DeliveryOutcome.SENT);
    metrics.digest(DeliveryOutcome.SKIPPED_LATE);

    assertThat(metrics.digests())
        .containsExactly(DeliveryOutcome.SENT, DeliveryOutcome.SKIPPED_LATE);
    assertThat(metrics.platforms()).isEmpty();
  }
}
