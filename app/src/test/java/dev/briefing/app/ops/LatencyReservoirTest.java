package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatencyReservoirTest {
  @Test
  void drainsTheValuesSortedAndEmpties() {
    LatencyReservoir reservoir = new LatencyReservoir(8);
    reservoir.record(Duration.ofMillis(30));
    reservoir.record(Duration.ofNanos(1_500_000));
    reservoir.record(Duration.ofMillis(7));

    assertThat(reservoir.drain()).containsExactly(1.5, 7.0, 30.0);
    assertThat(reservoir.drain()).isEmpty();
  }

  @Test
  void staysBoundedAndKeepsOnlyRecordedValuesWhenBusy() {
    LatencyReservoir reservoir = new LatencyReservoir(16);
    for (int i = 1; i <= 10_000; i++) {
      reservoir.record(Duration.ofMillis(i));
    }

    double[] kept = reservoir.drain();
    assertThat(kept).hasSize(16);
    assertThat(Arrays.stream(kept).min().orElseThrow()).isGreaterThanOrEqualTo(1.0);
    assertThat(Arrays.stream(kept).max().orElseThrow()).isLessThanOrEqualTo(10_000.0);
  }

  @Test
  void takesTheNearestRankPercentile() {
    double[] sorted = {10, 20, 30, 40};

    assertThat(LatencyReservoir.percentile(sorted, 50)).isEqualTo(20);
    assertThat(LatencyReservoir.percentile(sorted, 99)).isEqualTo(40);
    assertThat(LatencyReservoir.percentile(new double[] {5}, 99)).isEqualTo(5);
    assertThat(LatencyReservoir.percentile(new double[0], 50)).isZero();
  }
}
