package dev.briefing.storage;

import dev.briefing.core.chat.AbstractConversationStoreContract;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.testing.MutableClock;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresConversationStoreIT extends AbstractConversationStoreContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected ConversationStore newStore(MutableClock clock) {
    return new JdbcConversationStore(database.dataSource(), clock);
  }
}
