package dev.briefing.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's send limits as a pure calculation: at most one message a second per chat, twenty a
 * minute per group (group ids are negative) and thirty a second overall. Not thread-safe: the
 * outbound queue calls it under its lock.
 */
final class RateLimits {
  private static final int PRUNE_ABOVE = 10_000;

  private final Duration perChat;
  private final int perGroup;
  private final Duration groupWindow;
  private final int overall;
  private final Duration overallWindow;

  private final Map<String, Instant> lastByChat = new HashMap<>();
  private final Map<String, Deque<Instant>> recentByGroup = new HashMap<>();
  private final Deque<Instant> recent = new ArrayDeque<>();

  RateLimits(
      Duration perChat, int perGroup, Duration groupWindow, int overall, Duration overallWindow) {
    this.perChat = perChat;
    this.perGroup = perGroup;
    this.groupWindow = groupWindow;
    this.overall = overall;
    this.overallWindow = overallWindow;
  }

  /** Telegram's published limits. */
  static RateLimits telegram() {
    return new RateLimits(
        Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
  }

  /** The earliest time a message to {@code chatId} may go, {@code now} or later. */
  Instant earliest(String chatId, Instant now) {
    Instant at = now;
    Instant last = lastByChat.get(chatId);
    if (last != null) {
      at = later(at, last.plus(perChat));
    }
    at = later(at, windowOpens(recent, overall, overallWindow, now));
    Deque<Instant> group = recentByGroup.get(chatId);
    if (group != null) {
      at = later(at, windowOpens(group, perGroup, groupWindow, now));
    }
    return at;
  }

  /** Counts a message sent to {@code chatId} at {@code at}. */
  void record(String chatId, Instant at) {
    lastByChat.put(chatId, at);
    add(recent, at, overallWindow);
    if (isGroup(chatId)) {
      add(recentByGroup.computeIfAbsent(chatId, id -> new ArrayDeque<>()), at, groupWindow);
    }
    if (lastByChat.size() > PRUNE_ABOVE) {
      lastByChat.values().removeIf(last -> !last.plus(perChat).isAfter(at));
      recentByGroup.values().removeIf(times -> times.peekLast().plus(groupWindow).isBefore(at));
    }
  }

  static boolean isGroup(String chatId) {
    return chatId.startsWith("-");
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
