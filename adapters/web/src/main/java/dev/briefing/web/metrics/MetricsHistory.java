package dev.briefing.web.metrics;

import java.util.List;

/**
 * The operator's recent metrics, one sample a period, oldest first, for the status page's charts.
 * The app samples its meters; {@link #NONE} has no history (no charts data).
 */
public interface MetricsHistory {
  /** No history at all. */
  MetricsHistory NONE = List::of;

  /** The samples of the last 24 hours, oldest first; empty when nothing has been sampled yet. */
  List<MetricsSample> last24Hours();
}
