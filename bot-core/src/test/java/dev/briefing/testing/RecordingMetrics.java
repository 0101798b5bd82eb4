package dev.briefing.testing;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Metrics that record what is reported to them, per platform: messages in and out, answer
 * latencies, error codes and queue depth gauges, and every digest outcome. For tests of what an
 * adapter or service counts; thread-safe, never throws while recording.
 */
public final class RecordingMetrics implements BotMetrics {
  private static final Recorded NOTHING = new Recorded(); // what an unreported platform reads
  private final Map<String, Recorded> platforms = new ConcurrentHashMap<>();
  private final List<DeliveryOutcome> digests = new CopyOnWriteArrayList<>();

  private record Recorded(
      AtomicInteger in,
      AtomicInteger out,
      List<Duration> latencies,
      List<String> errors,
      List<IntSupplier> gauges) {
    Recorded() {
      this(
          new AtomicInteger(),
          new AtomicInteger(),
          new CopyOnWriteArrayList<>(),
          new CopyOnWriteArrayList<>(),
          new CopyOnWriteArrayList<>());
    }
  }

  @Override
  public void messageIn(String platform) {
    recording(platform).in().incrementAndGet();
  }

  @Override
  public void messageOut(String platform) {
    recording(platform).out().incrementAndGet();
  }

  @Override
  public void answered(String platform, Duration latency) {
    recording(platform).latencies().add(latency);
  }

  @Override
  public void digest(DeliveryOutcome outcome) {
    digests.add(outcome);
  }

  @Override
  public void platformError(String platform, String code) {
    recording(platform).errors().add(code);
  }

  @Override
  public void queueDepth(String platform, IntSupplier depth) {
    recording(platform).gauges().add(depth);
  }

  /** Every platform name anything was reported for, sorted. */
  public Set<String> platforms() {
    return new TreeSet<>(platforms.keySet());
  }

  /** Messages in on {@code platform}. */
  public int in(String platform) {
    return recorded(platform).in().get();
  }

  /** Messages out on {@code platform}. */
  public int out(String platform) {
    return recorded(platform).out().get();
  }

  /** The answer latencies on {@code platform}, in the order reported. */
  public List<Duration> latencies(String platform) {
    return List.copyOf(recorded(platform).latencies());
  }

  /** The error codes of {@code platform} ("429", "timeout"), in the order reported. */
  public List<String> errors(String platform) {
    return List.copyOf(recorded(platform).errors());
  }

  /** The queue depth gauges registered for {@code platform}, in the order registered. */
  public List<IntSupplier> gauges(String platform) {
    return List.copyOf(recorded(platform).gauges());
  }

  /** The queue depth of {@code platform} now; fails unless exactly one gauge was registered. */
  public int depth(String platform) {
    List<IntSupplier> gauges = gauges(platform);
    if (gauges.size() != 1) {
      throw new AssertionError(
          "expected one queue depth gauge for " + platform + ", got " + gauges.size());
    }
    return gauges.get(0).getAsInt();
  }

  /** The digest outcomes, in the order reported. */
  public List<DeliveryOutcome> digests() {
    return List.copyOf(digests);
  }

  private Recorded recording(String platform) {
    return platforms.computeIfAbsent(platform, p -> new Recorded());
  }

  // Reading does not add the platform, so platforms() stays what was reported.
  private Recorded recorded(String platform) {
    return platforms.getOrDefault(platform, NOTHING);
  }
}
