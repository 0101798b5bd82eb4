package dev.briefing.app.ops;

import dev.briefing.core.outbound.TaskScheduler;
import dev.briefing.web.metrics.MetricsHistory;
import dev.briefing.web.metrics.MetricsSample;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last 24 hours of {@link MicrometerMetrics}, one sample a minute, for the status page's
 * charts: messages in and out, answer latency p50 and p99, and digests by outcome, each over that
 * minute. A ring of 1,440 samples, so memory stays bounded however long the bot runs; sampled at
 * each minute's start on a {@link TaskScheduler}, so tests drive it with a hand-moved clock.
 */
public final class MicrometerMetricsHistory implements MetricsHistory, AutoCloseable {
  static final Duration PERIOD = Duration.ofMinutes(1);
  static final Duration SPAN = Duration.ofHours(24);
  static final int CAPACITY = (int) (SPAN.toMinutes() / PERIOD.toMinutes());

  private static final Logger log = LoggerFactory.getLogger(MicrometerMetricsHistory.class);

  private final MicrometerMetrics metrics;
  private final Clock clock;
  private final Deque<MetricsSample> samples = new ArrayDeque<>(CAPACITY);
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean closed;
  private volatile ScheduledExecutorService ownThread;
  private MetricsTotals previous = MetricsTotals.ZERO;

  public MicrometerMetricsHistory(MicrometerMetrics metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Starts sampling on {@code scheduler}: what is counted from now on, from the next minute's start
   * on. Once only; {@link #close} stops it.
   */
  public void start(TaskScheduler scheduler) {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("the metrics history is already sampling");
    }
    synchronized (this) {
      previous = metrics.totals();
      metrics.latencies().drain();
    }
    Instant now = clock.instant();
    Instant first = now.truncatedTo(ChronoUnit.MINUTES).plus(PERIOD);
    scheduler.schedule(() -> sampleAndReschedule(scheduler), Duration.between(now, first));
  }

  /** Starts sampling on a daemon thread of its own, which {@link #close} stops. */
  public void startOnOwnThread() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "metrics-history");
              thread.setDaemon(true);
              return thread;
            });
    ownThread = executor;
    start(TaskScheduler.on(executor));
  }

  @Override
  public synchronized List<MetricsSample> last24Hours() {
    Instant oldest = clock.instant().minus(SPAN);
    return samples.stream().filter(s -> s.at().isAfter(oldest)).toList();
  }

  /** Stops sampling; the samples taken stay readable. */
  @Override
  public void close() {
    closed = true;
    ScheduledExecutorService executor = ownThread;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  private void sampleAndReschedule(TaskScheduler scheduler) {
    if (closed) {
      return;
    }
    // The nearest minute, so an executor firing a little early or late keeps the minutes apart.
    Instant at = clock.instant().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
    try {
      sample(at);
    } catch (RuntimeException e) {
      // A failed sample leaves a gap in the charts; it must not stop the sampling.
      log.warn("Could not sample the bot's metrics", e);
    } finally {
      Duration delay = Duration.between(clock.instant(), at.plus(PERIOD));
      scheduler.schedule(() -> sampleAndReschedule(scheduler), delay);
    }
  }

  /** Takes the sample of the minute that ends {@code at}. */
  private synchronized void sample(Instant at) {
    MetricsTotals now = metrics.totals();
    MetricsTotals minute = now.since(previous);
    previous = now;
    double[] latencies = metrics.latencies().drain();
    if (samples.size() == CAPACITY) {
      samples.removeFirst();
    }
    samples.addLast(
        new MetricsSample(
            at,
            minute.messagesIn(),
            minute.messagesOut(),
            LatencyReservoir.percentile(latencies, 50),
            LatencyReservoir.percentile(latencies, 99),
            minute.digestsByOutcome()));
  }
}
