package dev.briefing.storage;

import dev.briefing.core.store.AbstractChatFilterRepositoryContract;
import dev.briefing.core.store.ChatFilterRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcChatFilterRepositoryTest extends AbstractChatFilterRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected ChatFilterRepository newRepository() {
    return new JdbcChatFilterRepository(database.dataSource());
  }
}
