package dev.briefing.core.store;

class InMemoryFeedStateStoreTest extends AbstractFeedStateStoreContract {
  @Override
  protected FeedStateStore newStore() {
    return new InMemoryFeedStateStore();
  }
}
