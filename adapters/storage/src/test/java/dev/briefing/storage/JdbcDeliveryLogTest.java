package dev.briefing.storage;

import dev.briefing.core.store.AbstractDeliveryLogContract;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDeliveryLogTest extends AbstractDeliveryLogContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected SubscriptionRepository newSubscriptions(Clock clock) {
    return new JdbcSubscriptionRepository(database.dataSource(), clock);
  }

  @Override
  protected DeliveryLog newDeliveryLog() {
    return new JdbcDeliveryLog(database.dataSource());
  }

  @Override
  protected DeliveryLog anotherNode() {
    return new JdbcDeliveryLog(database.openAnother().dataSource());
  }
}
