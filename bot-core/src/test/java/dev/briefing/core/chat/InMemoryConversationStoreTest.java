package dev.briefing.core.chat;

import dev.briefing.testing.MutableClock;

class InMemoryConversationStoreTest extends AbstractConversationStoreContract {
  @Override
  protected ConversationStore newStore(MutableClock clock) {
    return new InMemoryConversationStore(clock);
  }

  @Override
  protected boolean survivesRestart() {
    return false;
  }
}
