package dev.briefing.core.store;

class InMemoryFeedFollowRepositoryTest extends AbstractFeedFollowRepositoryContract {
  @Override
  protected FeedFollowRepository newRepository() {
    return new InMemoryFeedFollowRepository();
  }
}
