package dev.briefing.telegram;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.metrics.BotMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** Records what the adapter reports, for tests; thread-safe. */
public final class RecordingMetrics implements BotMetrics {
  private final List<String> in = new ArrayList<>();
  private final List<String> out = new ArrayList<>();
  private final List<Duration> latencies = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<IntSupplier> depths = new ArrayList<>();

  @Override
  public synchronized void messageIn(String platform) {
    in.add(platform);
  }

  @Override
  public synchronized void messageOut(String platform) {
    out.add(platform);
  }

  @Override
  public synchronized void answered(String platform, Duration latency) {
    check(platform);
    latencies.add(latency);
  }

  @Override
  public void digest(DeliveryOutcome outcome) {
    throw new AssertionError("the Telegram adapter reports no digests");
  }

  @Override
  public synchronized void platformError(String platform, String code) {
    check(platform);
    errors.add(code);
  }

  @Override
  public synchronized void queueDepth(String platform, IntSupplier depth) {
    check(platform);
    depths.add(depth);
  }

  public synchronized int messagesIn() {
    in.forEach(RecordingMetrics::check);
    return in.size();
  }

  public synchronized int messagesOut() {
    out.forEach(RecordingMetrics::check);
    return out.size();
  }

  public synchronized List<Duration> latencies() {
    return List.copyOf(latencies);
  }

  /** The error codes reported, in order. */
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  /** The queue depth now; fails unless exactly one gauge was registered. */
  public synchronized int depth() {
    if (depths.size() != 1) {
      throw new AssertionError("expected one queue depth gauge, got " + depths.size());
    }
    return depths.get(0).getAsInt();
  }

  private static void check(String platform) {
    if (!"telegram".equals(platform)) {
      throw new AssertionError("platform should be telegram, was " + platform);
    }
  }
}
