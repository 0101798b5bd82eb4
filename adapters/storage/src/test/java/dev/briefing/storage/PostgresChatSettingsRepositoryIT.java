package dev.briefing.storage;

import dev.briefing.core.store.AbstractChatSettingsRepositoryContract;
import dev.briefing.core.store.ChatSettingsRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresChatSettingsRepositoryIT extends AbstractChatSettingsRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected ChatSettingsRepository newRepository() {
    return new JdbcChatSettingsRepository(database.dataSource());
  }
}
