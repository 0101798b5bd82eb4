package dev.briefing.core.store;

import java.time.Clock;

class InMemorySubscriptionRepositoryTest extends AbstractSubscriptionRepositoryContract {
  @Override
  protected SubscriptionRepository newRepository(Clock clock) {
    return new InMemorySubscriptionRepository(clock);
  }
}
