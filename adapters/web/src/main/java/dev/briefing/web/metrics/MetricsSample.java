package dev.briefing.web.metrics;

import java.time.Instant;
import java.util.Map;

/**
 * One point of the metrics history: messages in and out and answer latency percentiles over the
 * period that ends {@code at}, and the digests sent in that period by outcome (e.g. "sent",
 * "failed").
 */
public record MetricsSample(
    Instant at,
    double messagesIn,
    double messagesOut,
    double answerP50Millis,
    double answerP99Millis,
    Map<String, Double> digestsByOutcome) {
  /** Copies the outcomes map so the sample stays immutable. */
  public MetricsSample {
    digestsByOutcome = Map.copyOf(digestsByOutcome);
  }
}
