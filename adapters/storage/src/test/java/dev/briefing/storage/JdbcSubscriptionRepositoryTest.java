package dev.briefing.storage;

import dev.briefing.core.store.AbstractSubscriptionRepositoryContract;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcSubscriptionRepositoryTest extends AbstractSubscriptionRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected SubscriptionRepository newRepository(Clock clock) {
    return new JdbcSubscriptionRepository(database.dataSource(), clock);
  }
}
