package dev.briefing.loadtest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The faults the next calls of one kind get, in order; once used up, calls succeed again. */
final class FaultPlan {
  private final Deque<Fault> next = new ArrayDeque<>();
  private final Map<Fault, Integer> served = new EnumMap<>(Fault.class);

  synchronized void add(List<Fault> faults) {
    next.addAll(faults);
  }

  /** The fault for this call, or null for a healthy answer. */
  synchronized Fault take() {
    Fault fault = next.pollFirst();
    if (fault != null) {
      served.merge(fault, 1, Integer::sum);
    }
    return fault;
  }

  synchronized int remaining() {
    return next.size();
  }

  /** How many calls got each fault so far. */
  synchronized Map<Fault, Integer> served() {
    return new EnumMap<>(served);
  }
}
