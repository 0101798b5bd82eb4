package dev.briefing.core.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Send limits as sliding windows: one message per {@code perChat} to a chat, optionally at most
 * {@code perGroup} per window to a group chat, and optionally at most {@code overall} per window in
 * all, plus a {@link RateBudget} shared with other instances. Sends are counted when their round
 * trip ends, so the next window opens after the platform counted the last send, whatever the
 * latency. Built with {@link #perChat} and the {@code with…} methods, each of which returns a fresh
 * policy. Not thread-safe: the outbound queue calls it under its lock.
 */
public final class RateLimits implements RatePolicy {
  private static final int PRUNE_ABOVE = 10_000;

  /** The limits themselves; a policy adds the sends it counted. */
  private record Limits(
      Duration perChat,
      Predicate<String> isGroup,
      int perGroup,
      Duration groupWindow,
      int overall,
      Duration overallWindow,
      RateBudget shared) {}

  private final Limits limits;
  private final Map<String, Instant> lastByChat = new HashMap<>();
  private final Map<String, Deque<Instant>> recentByGroup = new HashMap<>();
  private final Deque<Instant> recent = new ArrayDeque<>();

  private RateLimits(Limits limits) {
    this.limits = limits;
  }

  /** One message per {@code interval} to each chat, and no other limit. */
  public static RateLimits perChat(Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, was " + interval);
    }
    return new RateLimits(
        new Limits(
            interval,
            id -> false,
            Integer.MAX_VALUE,
            Duration.ZERO,
            Integer.MAX_VALUE,
            Duration.ZERO,
            RateBudget.unlimited()));
  }

  /** Also at most {@code max} messages per {@code window} to each chat that {@code isGroup}. */
  public RateLimits withGroups(Predicate<String> groups, int max, Duration window) {
    Limits l = limits;
    return new RateLimits(
        new Limits(l.perChat, groups, positive(max), window, l.overall, l.overallWindow, l.shared));
  }

  /** Also at most {@code max} messages per {@code window} in all, from this instance. */
  public RateLimits withOverall(int max, Duration window) {
    Limits l = limits;
    return new RateLimits(
        new Limits(
            l.perChat, l.isGroup, l.perGroup, l.groupWindow, positive(max), window, l.shared));
  }

  /** Also draws every send from {@code budget}, shared with other instances. */
  public RateLimits sharing(RateBudget budget) {
    Limits l = limits;
    return new RateLimits(
        new Limits(
            l.perChat, l.isGroup, l.perGroup, l.groupWindow, l.overall, l.overallWindow, budget));
  }

  @Override
  public RateBudget shared() {
    return limits.shared;
  }

  @Override
  public Instant earliest(String chatId, Instant now) {
    Instant at = now;
    Instant last = lastByChat.get(chatId);
    if (last != null) {
      at = later(at, last.plus(limits.perChat));
    }
    if (limits.overall != Integer.MAX_VALUE) {
      at = later(at, windowOpens(recent, limits.overall, limits.overallWindow, now));
    }
    Deque<Instant> group = recentByGroup.get(chatId);
    if (group != null) {
      at = later(at, windowOpens(group, limits.perGroup, limits.groupWindow, now));
    }
    return at;
  }

  @Override
  public void record(String chatId, Instant at) {
    lastByChat.put(chatId, at);
    if (limits.overall != Integer.MAX_VALUE) {
      add(recent, at, limits.overallWindow);
    }
    if (limits.perGroup != Integer.MAX_VALUE && limits.isGroup.test(chatId)) {
      add(recentByGroup.computeIfAbsent(chatId, id -> new ArrayDeque<>()), at, limits.groupWindow);
    }
    if (lastByChat.size() > PRUNE_ABOVE) {
      lastByChat.values().removeIf(last -> !last.plus(limits.perChat).isAfter(at));
      recentByGroup
          .values()
          .removeIf(times -> times.peekLast().plus(limits.groupWindow).isBefore(at));
    }
  }

  private static int positive(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("a limit must be positive, was " + max);
    }
    return max;
  }

  private static Instant windowOpens(Deque<Instant> times, int max, Duration window, Instant now) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.pollFirst();
    }
    if (times.size() < max) {
      return now;
    }
    // The window holds max sends: the oldest that must leave it is the size-max+1'th from the end.
    return times.stream().skip(times.size() - max).findFirst().orElseThrow().plus(window);
  }

  private static void add(Deque<Instant> times, Instant at, Duration window) {
    times.addLast(at);
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(at)) {
      times.pollFirst();
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
