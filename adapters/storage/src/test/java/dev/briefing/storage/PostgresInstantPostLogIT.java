package dev.briefing.storage;

import dev.briefing.core.store.AbstractInstantPostLogContract;
import dev.briefing.core.store.InstantPostLog;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresInstantPostLogIT extends AbstractInstantPostLogContract {
  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  @Override
  protected InstantPostLog newLog() {
    return new JdbcInstantPostLog(database.dataSource());
  }
}
