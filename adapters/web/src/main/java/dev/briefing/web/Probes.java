package dev.briefing.web;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the admin port's plain endpoints answer: {@code /healthz} 200 while the process runs, {@code
 * /readyz} 200 unless {@code unready} names a reason (then 503 with it), {@code /metrics} the
 * scrape.
 *
 * @param unready why the bot is not ready now ("starting", "database unreachable"), or empty
 * @param metrics the metrics in the Prometheus text format, scraped
 */
public record Probes(Supplier<Optional<String>> unready, Supplier<String> metrics) {
  public Probes {
    if (unready == null || metrics == null) {
      throw new IllegalArgumentException("unready and metrics must not be null");
    }
  }
}
