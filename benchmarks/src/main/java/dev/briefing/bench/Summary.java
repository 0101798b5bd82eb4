package dev.briefing.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Min, median and max of a handful of measurements. */
record Summary(double min, double median, double max, int n) {
  static Summary of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Summary(sorted.get(0), median, sorted.get(n - 1), n);
  }

  String format(String unit) {
    return String.format(
        "min %.0f %s, median %.0f %s, max %.0f %s (n=%d)", min, unit, median, unit, max, unit, n);
  }
}
