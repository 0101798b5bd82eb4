package dev.briefing.storage;

import dev.briefing.core.store.AbstractFeedFollowRepositoryContract;
import dev.briefing.core.store.FeedFollowRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresFeedFollowRepositoryIT extends AbstractFeedFollowRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected FeedFollowRepository newRepository() {
    return new JdbcFeedFollowRepository(database.dataSource());
  }
}
