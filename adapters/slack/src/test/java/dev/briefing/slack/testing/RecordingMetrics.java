package dev.briefing.slack.testing;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/** Records every count, latency, error code and queue gauge reported to it; thread-safe. */
public final class RecordingMetrics implements BotMetrics {
  private final Map<String, AtomicInteger> in = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> out = new ConcurrentHashMap<>();
  private final List<Duration> latencies = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<DeliveryOutcome> digests = new CopyOnWriteArrayList<>();
  private final Map<String, List<IntSupplier>> gauges = new ConcurrentHashMap<>();

  @Override
  public void messageIn(String platform) {
    in.computeIfAbsent(platform, p -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void messageOut(String platform) {
    out.computeIfAbsent(platform, p -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void answered(String platform, Duration latency) {
    if ("slack".equals(platform)) {
      latencies.add(latency);
    }
  }

  @Override
  public void digest(DeliveryOutcome outcome) {
    digests.add(outcome);
  }

  @Override
  public void platformError(String platform, String code) {
    errors.add(platform + ":" + code);
  }

  @Override
  public void queueDepth(String platform, IntSupplier depth) {
    gauges.computeIfAbsent(platform, p -> new CopyOnWriteArrayList<>()).add(depth);
  }

  /** Messages in on Slack. */
  public int in() {
    return in.getOrDefault("slack", new AtomicInteger()).get();
  }

  /** Messages out on Slack. */
  public int out() {
    return out.getOrDefault("slack", new AtomicInteger()).get();
  }

  /** Slack's answer latencies, in the order reported. */
  public List<Duration> latencies() {
    return List.copyOf(latencies);
  }

  /** Platform errors as {@code platform:code}, in the order reported. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** The queue depth gauges registered for {@code platform}. */
  public List<IntSupplier> gauges(String platform) {
    return List.copyOf(gauges.getOrDefault(platform, List.of()));
  }
}
