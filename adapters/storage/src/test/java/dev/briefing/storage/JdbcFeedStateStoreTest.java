package dev.briefing.storage;

import dev.briefing.core.store.AbstractFeedStateStoreContract;
import dev.briefing.core.store.FeedStateStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcFeedStateStoreTest extends AbstractFeedStateStoreContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected FeedStateStore newStore() {
    return new JdbcFeedStateStore(database.dataSource());
  }
}
