package dev.briefing.sources;

class InMemoryFeedStateStoreTest extends AbstractFeedStateStoreContract {
  @Override
  protected FeedStateStore newStore() {
    return new InMemoryFeedStateStore();
  }
}
