package dev.briefing.sources;

import dev.briefing.storage.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcFeedStateStoreTest extends AbstractFeedStateStoreContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected FeedStateStore newStore() {
    return new JdbcFeedStateStore(database.dataSource());
  }
}
