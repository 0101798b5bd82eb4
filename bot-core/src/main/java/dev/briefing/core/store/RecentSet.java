package dev.briefing.core.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the most recent {@code capacity} values, forgetting the oldest. Thread-safe. */
public final class RecentSet<T> {
  private final Map<T, Boolean> recent;

  public RecentSet(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.recent =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<T, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Adds the value; true when it was not remembered already. */
  public synchronized boolean add(T value) {
    return recent.put(value, Boolean.TRUE) == null;
  }
}
