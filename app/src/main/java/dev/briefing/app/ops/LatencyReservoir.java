package dev.briefing.app.ops;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The answer latencies recorded since the last drain, for one minute's percentiles. Bounded: past
 * {@code capacity} values it keeps a uniform random sample of them (reservoir sampling), so a busy
 * minute costs no more memory than a quiet one. Thread-safe.
 */
final class LatencyReservoir {
  /** Enough for exact percentiles at any load a single bot sees in a minute. */
  static final int DEFAULT_CAPACITY = 4_096;

  private final double[] millis;
  private int size;
  private long seen;

  LatencyReservoir(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.millis = new double[capacity];
  }

  synchronized void record(Duration latency) {
    double value = Math.max(0, latency.toNanos()) / 1_000_000.0;
    seen++;
    if (size < millis.length) {
      millis[size++] = value;
      return;
    }
    long slot = ThreadLocalRandom.current().nextLong(seen);
    if (slot < millis.length) {
      millis[(int) slot] = value;
    }
  }

  /** The latencies since the last drain in milliseconds, sorted; empties the reservoir. */
  synchronized double[] drain() {
    double[] sorted = Arrays.copyOf(millis, size);
    size = 0;
    seen = 0;
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * The nearest-rank percentile of sorted values: the smallest value with at least {@code percent}
   * % of the values at or below it; 0 when there are none.
   */
  static double percentile(double[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }
}
