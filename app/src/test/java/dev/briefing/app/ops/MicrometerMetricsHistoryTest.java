package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import dev.briefing.web.metrics.MetricsSample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MicrometerMetricsHistoryTest {
  private static final Instant START = Instant.parse("2025-03-01T12:00:20Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final MutableClock clock = new MutableClock(START);
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final MicrometerMetrics metrics = new MicrometerMetrics();
  private final MicrometerMetricsHistory history = new MicrometerMetricsHistory(metrics, clock);

  @Test
  void hasNoSamplesBeforeTheFirstMinuteEnds() {
    history.start(scheduler);
    scheduler.advance(Duration.ofSeconds(39));

    assertThat(history.last24Hours()).isEmpty();
  }

  @Test
  void countsOnlyWhatHappenedInEachMinuteOverEveryPlatform() {
    metrics.messageIn("telegram"); // before the start: not in any minute
    history.start(scheduler);
    metrics.messageIn("telegram");
    metrics.messageIn("slack");
    metrics.messageOut("telegram");
    metrics.digest(DeliveryOutcome.SENT);
    scheduler.advance(Duration.ofSeconds(40)); // 12:01: the first minute's end
    metrics.messageIn("console");
    metrics.digest(DeliveryOutcome.SENT);
    metrics.digest(DeliveryOutcome.SENT);
    metrics.digest(DeliveryOutcome.FAILED);
    scheduler.advance(MINUTE);
    scheduler.advance(MINUTE); // a quiet minute

    List<MetricsSample> samples = history.last24Hours();
    assertThat(samples)
        .extracting(MetricsSample::at)
        .containsExactly(
            Instant.parse("2025-03-01T12:01:00Z"),
            Instant.parse("2025-03-01T12:02:00Z"),
            Instant.parse("2025-03-01T12:03:00Z"));
    assertThat(samples).extracting(MetricsSample::messagesIn).containsExactly(2.0, 1.0, 0.0);
    assertThat(samples).extracting(MetricsSample::messagesOut).containsExactly(1.0, 0.0, 0.0);
    assertThat(samples)
        .extracting(MetricsSample::digestsByOutcome)
        .containsExactly(
            Map.of("sent", 1.0),
            Map.of("sent", 2.0, "failed", 1.0),
            Map.of("sent", 0.0, "failed", 0.0));
  }

  @Test
  void computesEachMinutesLatencyPercentilesByNearestRank() {
    history.start(scheduler);
    // 1..100 ms in a shuffled order: p50 is 50 ms, p99 is 99 ms.
    IntStream.rangeClosed(1, 100)
        .map(i -> (i * 37) % 100 + 1)
        .forEach(ms -> metrics.answered("telegram", Duration.ofMillis(ms)));
    scheduler.advance(Duration.ofSeconds(40));
    metrics.answered("slack", Duration.ofMillis(250));
    metrics.answered("slack", Duration.ofMillis(1500));
    scheduler.advance(MINUTE);
    scheduler.advance(MINUTE);

    List<MetricsSample> samples = history.last24Hours();
    assertThat(samples)
        .extracting(MetricsSample::answerP50Millis)
        .containsExactly(50.0, 250.0, 0.0);
    assertThat(samples)
        .extracting(MetricsSample::answerP99Millis)
        .containsExactly(99.0, 1500.0, 0.0);
  }

  @Test
  void keepsOnlyTheLast24HoursOfMinutes() {
    history.start(scheduler);
    scheduler.advance(Duration.ofSeconds(40));
    metrics.messageIn("telegram");
    for (int minute = 0; minute < 24 * 60 + 10; minute++) {
      scheduler.advance(MINUTE);
    }

    List<MetricsSample> samples = history.last24Hours();
    assertThat(samples).hasSize(MicrometerMetricsHistory.CAPACITY).hasSize(1_440);
    assertThat(samples.get(0).at()).isEqualTo(Instant.parse("2025-03-01T12:12:00Z"));
    assertThat(samples.get(samples.size() - 1).at())
        .isEqualTo(Instant.parse("2025-03-02T12:11:00Z"));
    assertThat(samples).extracting(MetricsSample::messagesIn).containsOnly(0.0);
  }

  @Test
  void dropsSamplesOlderThan24HoursWhenSamplingStopped() {
    history.start(scheduler);
    scheduler.advance(Duration.ofSeconds(40));
    history.close();
    clock.advance(Duration.ofHours(23));
    assertThat(history.last24Hours()).hasSize(1);

    scheduler.advance(Duration.ofHours(1));

    assertThat(history.last24Hours()).isEmpty();
  }

  @Test
  void keepsSamplingAfterALateRun() {
    history.start(scheduler);
    // The executor ran the task 20 s late, then on time again.
    clock.advance(Duration.ofSeconds(60));
    scheduler.runDue();
    scheduler.advance(Duration.ofSeconds(40));

    assertThat(history.last24Hours())
        .extracting(MetricsSample::at)
        .containsExactly(
            Instant.parse("2025-03-01T12:01:00Z"), Instant.parse("2025-03-01T12:02:00Z"));
  }

  @Test
  void stopsItsOwnThreadWhenClosed() {
    history.startOnOwnThread();
    assertThat(samplerThreads()).isPositive();

    history.close();

    await().atMost(Duration.ofSeconds(10)).until(() -> samplerThreads() == 0);
  }

  private static long samplerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("metrics-history") && t.isAlive())
        .count();
  }

  @Test
  void startsOnce() {
    history.start(scheduler);

    assertThatThrownBy(() -> history.start(scheduler))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already sampling");
  }
}
