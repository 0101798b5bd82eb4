package dev.briefing.core.chat;

import java.time.Clock;

class InMemoryArticleRepositoryTest extends AbstractArticleRepositoryContract {
  @Override
  protected ArticleRepository newRepository(Clock clock) {
    return new InMemoryArticleRepository(clock);
  }
}
