package dev.briefing.testing;

import dev.briefing.core.schedule.DigestScheduler;
import dev.briefing.core.store.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A scheduler that fires nothing and remembers what is scheduled, for tests. Thread-safe. */
public final class RecordingDigestScheduler implements DigestScheduler {
  private final Map<Long, Subscription> scheduled = new TreeMap<>();
  private final List<Long> unscheduled = new ArrayList<>();

  @Override
  public synchronized void schedule(Subscription subscription) {
    scheduled.put(subscription.id(), subscription);
  }

  @Override
  public synchronized void unschedule(long subscriptionId) {
    scheduled.remove(subscriptionId);
    unscheduled.add(subscriptionId);
  }

  /** What is scheduled now, by id. */
  public synchronized List<Subscription> scheduled() {
    return List.copyOf(scheduled.values());
  }

  /** Every id unscheduled so far, in order. */
  public synchronized List<Long> unscheduled() {
    return List.copyOf(unscheduled);
  }
}
