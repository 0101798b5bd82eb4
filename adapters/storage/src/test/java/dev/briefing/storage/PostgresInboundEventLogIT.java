package dev.briefing.storage;

import dev.briefing.core.store.AbstractInboundEventLogContract;
import dev.briefing.core.store.InboundEventLog;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresInboundEventLogIT extends AbstractInboundEventLogContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected InboundEventLog newLog() {
    return new JdbcInboundEventLog(database.dataSource());
  }
}
