package dev.briefing.core.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the outbound queue's messages from queueing until each is settled (accepted, dropped or
 * handed back), and completes the futures of those waiting for the count to reach zero, such as a
 * closing bot draining its queue. Thread-safe; futures complete outside its lock.
 */
final class Outstanding {
  private final AtomicInteger count = new AtomicInteger(); // read without the lock by the gauge
  private final List<CompletableFuture<Void>> waiters = new ArrayList<>();

  synchronized void add(int messages) {
    count.addAndGet(messages);
  }

  /** One message was settled. */
  void settled() {
    List<CompletableFuture<Void>> done;
    synchronized (this) {
      if (count.decrementAndGet() != 0 || waiters.isEmpty()) {
        return;
      }
      done = List.copyOf(waiters);
      waiters.clear();
    }
    done.forEach(waiter -> waiter.complete(null));
  }

  int count() {
    return count.get();
  }

  /** Completes once no message is outstanding; at once when none is. */
  synchronized CompletableFuture<Void> zero() {
    if (count.get() == 0) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> waiter = new CompletableFuture<>();
    waiters.add(waiter);
    return waiter;
  }
}
