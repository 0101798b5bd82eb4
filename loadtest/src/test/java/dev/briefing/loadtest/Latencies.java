package dev.briefing.loadtest;

import java.util.Arrays;

/** Latencies in nanoseconds, recorded from many threads, summarised as percentiles in ms. */
final class Latencies {
  private long[] nanos;
  private int count;

  Latencies(int capacity) {
    nanos = new long[Math.max(16, capacity)];
  }

  synchronized void add(long value) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = value;
  }

  synchronized int count() {
    return count;
  }

  /** The p-th percentile (0 < p ≤ 100) in milliseconds; 0 when nothing was recorded. */
  synchronized double percentileMillis(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100 * count) - 1;
    return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
  }

  /** "p50 x ms, p99 y ms, max z ms". */
  String summary() {
    return String.format(
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        percentileMillis(50), percentileMillis(99), percentileMillis(100));
  }
}
