package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
