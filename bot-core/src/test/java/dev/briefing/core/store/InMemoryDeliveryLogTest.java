package dev.briefing.core.store;

import java.time.Clock;

class InMemoryDeliveryLogTest extends AbstractDeliveryLogContract {
  private InMemorySubscriptionRepository subscriptions;

  @Override
  protected SubscriptionRepository newSubscriptions(Clock clock) {
    subscriptions = new InMemorySubscriptionRepository(clock);
    return subscriptions;
  }

  @Override
  protected DeliveryLog newDeliveryLog() {
    return new InMemoryDeliveryLog(subscriptions);
  }
}
