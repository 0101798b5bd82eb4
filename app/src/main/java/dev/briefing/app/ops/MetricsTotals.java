package dev.briefing.app.ops;

import java.util.HashMap;
import java.util.Map;

/**
 * The bot's counters since it started, summed over platforms: what the minute history takes the
 * difference of.
 *
 * @param digestsByOutcome digests by their outcome's lower-case name ("sent", "failed")
 */
record MetricsTotals(double messagesIn, double messagesOut, Map<String, Double> digestsByOutcome) {
  static final MetricsTotals ZERO = new MetricsTotals(0, 0, Map.of());

  MetricsTotals {
    digestsByOutcome = Map.copyOf(digestsByOutcome);
  }

  /** What was counted since {@code earlier}; never negative. */
  MetricsTotals since(MetricsTotals earlier) {
    Map<String, Double> digests = new HashMap<>();
    digestsByOutcome.forEach(
        (outcome, total) ->
            digests.put(
                outcome,
                Math.max(0, total - earlier.digestsByOutcome().getOrDefault(outcome, 0.0))));
    return new MetricsTotals(
        Math.max(0, messagesIn - earlier.messagesIn()),
        Math.max(0, messagesOut - earlier.messagesOut()),
        digests);
  }
}
