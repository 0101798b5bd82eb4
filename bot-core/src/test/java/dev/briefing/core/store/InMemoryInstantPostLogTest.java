package dev.briefing.core.store;

class InMemoryInstantPostLogTest extends AbstractInstantPostLogContract {
  @Override
  protected InstantPostLog newLog() {
    return new InMemoryInstantPostLog();
  }
}
