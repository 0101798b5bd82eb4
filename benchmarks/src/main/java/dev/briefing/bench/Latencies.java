package dev.briefing.bench;

import java.util.Arrays;

/** How the harnesses print a run's latencies: median, 99th percentile and worst. */
final class Latencies {
  private Latencies() {}

  /** "p50 … ms, p99 … ms, max … ms" of these times in microseconds; sorts them in place. */
  static String summary(long[] micros) {
    Arrays.sort(micros);
    int count = micros.length;
    return String.format(
        "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
        micros[count / 2] / 1e3, micros[count * 99 / 100] / 1e3, micros[count - 1] / 1e3);
  }
}
