package dev.briefing.core.store;

class InMemoryChatSettingsRepositoryTest extends AbstractChatSettingsRepositoryContract {
  @Override
  protected ChatSettingsRepository newRepository() {
    return new InMemoryChatSettingsRepository();
  }
}
