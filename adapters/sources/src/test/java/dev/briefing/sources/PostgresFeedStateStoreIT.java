package dev.briefing.sources;

import dev.briefing.storage.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFeedStateStoreIT extends AbstractFeedStateStoreContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected FeedStateStore newStore() {
    return new JdbcFeedStateStore(database.dataSource());
  }
}
