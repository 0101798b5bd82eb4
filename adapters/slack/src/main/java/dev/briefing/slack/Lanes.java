package dev.briefing.slack;

import dev.briefing.core.chat.ReplyParts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@link OutboundQueue}'s queues, one per channel: a channel's messages in order, channels in
 * turn, each channel posted to at most once per {@code perChannel}. Counts the messages taken in
 * and not yet ended (posted, dropped or handed back), which is the queue's depth. Thread-safe.
 */
final class Lanes {
  /** A message waiting in a lane, with the reply it is part of and the update that queued it. */
  record Queued(OutboundMessage message, ReplyParts delivery, String updateId) {
    Queued retried() {
      return new Queued(message.retried(), delivery, updateId);
    }

    String channel() {
      return message.chat().chatId();
    }
  }

  /** The next message to post (null: none is due), and when to look again if a wake is needed. */
  record Taken(Queued next, Instant wake) {}

  private final Duration perChannel;
  private final Object lock = new Object();
  private final Map<String, Lane> lanes = new LinkedHashMap<>();
  private Instant wakeScheduled;
  private int outstanding;
  private boolean closed;

  Lanes(Duration perChannel) {
    this.perChannel = perChannel;
  }

  /** Appends to the message's channel; false when closed. */
  boolean add(Queued message) {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      lanes.computeIfAbsent(message.channel(), id -> new Lane()).pending.addLast(message);
      outstanding++;
      return true;
    }
  }

  /**
   * Takes the first message of the first channel whose turn it is, and sends that channel to the
   * back. When none is due, names the time to look again unless a wake is set for then already.
   */
  Taken take(Instant now) {
    synchronized (lock) {
      Instant wake = null;
      for (Iterator<Map.Entry<String, Lane>> it = lanes.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, Lane> entry = it.next();
        Lane lane = entry.getValue();
        if (lane.pending.isEmpty()) {
          if (!lane.notBefore.isAfter(now)) {
            it.remove(); // kept until then, so a message queued meanwhile waits its turn too
          }
          continue;
        }
        if (lane.notBefore.isAfter(now)) {
          wake = wake == null || lane.notBefore.isBefore(wake) ? lane.notBefore : wake;
          continue;
        }
        it.remove();
        lanes.put(entry.getKey(), lane); // to the back: channels take turns
        lane.notBefore = now.plus(perChannel);
        return new Taken(lane.pending.pollFirst(), null);
      }
      if (wake == null || (wakeScheduled != null && !wakeScheduled.isAfter(wake))) {
        return new Taken(null, null);
      }
      wakeScheduled = wake;
      return new Taken(null, wake);
    }
  }

  /** The wake set for {@code wake} went off. */
  void woke(Instant wake) {
    synchronized (lock) {
      if (wake.equals(wakeScheduled)) {
        wakeScheduled = null;
      }
    }
  }

  /**
   * Puts a message to retry first in its channel, not before {@code notBefore}; false if closed.
   */
  boolean putBack(Queued message, Instant notBefore) {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      Lane lane = lanes.computeIfAbsent(message.channel(), id -> new Lane());
      lane.pending.addFirst(message);
      lane.notBefore = notBefore;
      return true;
    }
  }

  /** Removes a channel's lane and returns its messages. */
  List<Queued> drop(String channel) {
    synchronized (lock) {
      Lane lane = lanes.remove(channel);
      return lane == null ? new ArrayList<>() : new ArrayList<>(lane.pending);
    }
  }

  /** Takes no more messages; returns those still queued, empty when closed already. */
  List<Queued> close() {
    List<Queued> unsent = new ArrayList<>();
    synchronized (lock) {
      if (!closed) {
        closed = true;
        lanes.values().forEach(lane -> unsent.addAll(lane.pending));
        lanes.clear();
      }
    }
    return unsent;
  }

  /** {@code count} messages reached their end. */
  void ended(int count) {
    synchronized (lock) {
      outstanding = Math.max(0, outstanding - count);
      if (outstanding == 0) {
        lock.notifyAll();
      }
    }
  }

  /** Messages taken in and not yet ended: queued, waiting to retry or being posted. */
  int outstanding() {
    synchronized (lock) {
      return outstanding;
    }
  }

  /** Waits until no message is outstanding, at most {@code timeout}; true when none is. */
  boolean awaitEmpty(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (outstanding > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }

  private static final class Lane {
    final Deque<Queued> pending = new ArrayDeque<>();
    Instant notBefore = Instant.MIN;
  }
}
