package dev.briefing.storage;

import dev.briefing.core.store.AbstractSubscriptionRepositoryContract;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresSubscriptionRepositoryIT extends AbstractSubscriptionRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected SubscriptionRepository newRepository(Clock clock) {
    return new JdbcSubscriptionRepository(database.dataSource(), clock);
  }
}
