package dev.briefing.app.ops;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.metrics.BotMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

/**
 * The bot's metrics in a Prometheus registry, scraped from the admin port's {@code /metrics}:
 *
 * <ul>
 *   <li>{@code briefing_messages_in_total{platform}} and {@code
 *       briefing_messages_out_total{platform}}
 *   <li>{@code briefing_answer_latency_seconds{platform}}: a histogram with buckets from 1 ms to 30
 *       s
 *   <li>{@code briefing_digests_total{outcome}}: sent, failed, skipped (late, cancelled, nothing
 *       new) and duplicate
 *   <li>{@code briefing_platform_errors_total{platform,code}}
 *   <li>{@code briefing_outbound_queue_depth{platform}}
 * </ul>
 *
 * <p>plus the JVM's memory, GC, threads, CPU and uptime.
 */
public final class MicrometerMetrics implements BotMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  // The histogram above serves Prometheus; the in-app history needs each minute's own values.
  private final LatencyReservoir latencies =
      new LatencyReservoir(LatencyReservoir.DEFAULT_CAPACITY);

  /** A registry of its own, with the JVM's metrics bound. */
  public MicrometerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The metrics in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** The counters' totals since start, for {@link MicrometerMetricsHistory}. */
  MetricsTotals totals() {
    Map<String, Double> digests = new TreeMap<>();
    registry
        .find("briefing.digests")
        .counters()
        .forEach(c -> digests.merge(c.getId().getTag("outcome"), c.count(), Double::sum));
    return new MetricsTotals(sum("briefing.messages.in"), sum("briefing.messages.out"), digests);
  }

  /** The answer latencies since the history last drained them. */
  LatencyReservoir latencies() {
    return latencies;
  }

  private double sum(String counter) {
    return registry.find(counter).counters().stream().mapToDouble(Counter::count).sum();
  }

  @Override
  public void messageIn(String platform) {
    Counter.builder("briefing.messages.in")
        .description("Messages and commands from users")
        .tag("platform", platform)
        .register(registry)
        .increment();
  }

  @Override
  public void messageOut(String platform) {
    Counter.builder("briefing.messages.out")
        .description("Messages the platform accepted from the bot")
        .tag("platform", platform)
        .register(registry)
        .increment();
  }

  @Override
  public void answered(String platform, Duration latency) {
    Timer.builder("briefing.answer.latency")
        .description("From a user's message reaching the bot to its reply")
        .tag("platform", platform)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(latency);
    latencies.record(latency);
  }

  @Override
  public void digest(DeliveryOutcome outcome) {
    Counter.builder("briefing.digests")
        .description("Scheduled digests by outcome")
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  @Override
  public void platformError(String platform, String code) {
    Counter.builder("briefing.platform.errors")
        .description("Errors the chat platforms answered with, by HTTP status or kind")
        .tag("platform", platform)
        .tag("code", code)
        .register(registry)
        .increment();
  }

  @Override
  public void queueDepth(String platform, IntSupplier depth) {
    Gauge.builder("briefing.outbound.queue.depth", depth, IntSupplier::getAsInt)
        .description("Messages waiting to be sent")
        .tag("platform", platform)
        .strongReference(true)
        .register(registry);
  }
}
