package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the delivery log in memory: exactly-once within one process (tests and the console chat).
 * It reads the subscriptions' chats from the repository they live in, as the JDBC log joins them.
 */
public final class InMemoryDeliveryLog implements DeliveryLog {
  private record Key(long subscriptionId, Instant scheduledFireTime) {
    static Key of(long subscriptionId, Instant scheduledFireTime) {
      return new Key(subscriptionId, scheduledFireTime.truncatedTo(ChronoUnit.MICROS));
    }
  }

  private final InMemorySubscriptionRepository subscriptions;
  private final Map<Key, Delivery> deliveries = new ConcurrentHashMap<>();

  public InMemoryDeliveryLog(InMemorySubscriptionRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public boolean claim(long subscriptionId, Instant scheduledFireTime, Instant now) {
    if (subscriptions.chatOf(subscriptionId).isEmpty()) {
      throw new IllegalArgumentException("no subscription " + subscriptionId);
    }
    Delivery claimed = Delivery.claimed(subscriptionId, scheduledFireTime, now);
    return deliveries.putIfAbsent(Key.of(subscriptionId, scheduledFireTime), claimed) == null;
  }

  @Override
  public void markSent(long subscriptionId, Instant scheduledFireTime, Instant now) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.SENT, now, Optional.empty());
  }

  @Override
  public void markFailed(
      long subscriptionId, Instant scheduledFireTime, Instant now, String reason) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.FAILED, now, Optional.of(reason));
  }

  @Override
  public void markSkipped(
      long subscriptionId, Instant scheduledFireTime, Instant now, String reason) {
    finish(subscriptionId, scheduledFireTime, DeliveryStatus.SKIPPED, now, Optional.of(reason));
  }

  @Override
  public void release(long subscriptionId, Instant scheduledFireTime, Instant now) {
    deliveries.computeIfPresent(
        Key.of(subscriptionId, scheduledFireTime),
        (k, d) -> d.status() == DeliveryStatus.CLAIMED ? d.released() : d);
  }

  @Override
  public boolean reclaim(
      long subscriptionId, Instant scheduledFireTime, Instant now, Instant staleBefore) {
    Delivery[] before = new Delivery[1];
    Delivery after =
        deliveries.computeIfPresent(
            Key.of(subscriptionId, scheduledFireTime),
            (k, d) -> {
              before[0] = d;
              return d.abandoned(staleBefore) ? d.reclaimed(now) : d;
            });
    return after != null && after != before[0];
  }

  @Override
  public List<Delivery> abandoned(Instant staleBefore, int limit) {
    return deliveries.values().stream()
        .filter(d -> d.abandoned(staleBefore))
        .sorted(Comparator.comparing(Delivery::scheduledFireTime))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<Delivery> find(long subscriptionId, Instant scheduledFireTime) {
    return Optional.ofNullable(deliveries.get(Key.of(subscriptionId, scheduledFireTime)));
  }

  @Override
  public Optional<Instant> lastDelivered(ChatAddress chat) {
    ChatKey key = ChatKey.of(chat);
    return deliveries.values().stream()
        .filter(d -> d.status() == DeliveryStatus.SENT)
        .filter(d -> subscriptions.chatOf(d.subscriptionId()).filter(key::matches).isPresent())
        .map(Delivery::scheduledFireTime)
        .max(Instant::compareTo);
  }

  private void finish(
      long subscriptionId,
      Instant scheduledFireTime,
      DeliveryStatus status,
      Instant now,
      Optional<String> reason) {
    Delivery updated =
        deliveries.computeIfPresent(
            Key.of(subscriptionId, scheduledFireTime), (k, d) -> d.finished(status, now, reason));
    if (updated == null) {
      throw new IllegalStateException(
          "subscription " + subscriptionId + " at " + scheduledFireTime + " was never claimed");
    }
  }
}
