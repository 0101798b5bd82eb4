package dev.briefing.core.store;

class InMemoryChatFilterRepositoryTest extends AbstractChatFilterRepositoryContract {
  @Override
  protected ChatFilterRepository newRepository() {
    return new InMemoryChatFilterRepository();
  }
}
