package dev.briefing.storage;

import dev.briefing.core.store.AbstractFeedStateStoreContract;
import dev.briefing.core.store.FeedStateStore;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFeedStateStoreIT extends AbstractFeedStateStoreContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected FeedStateStore newStore() {
    return new JdbcFeedStateStore(database.dataSource());
  }
}
