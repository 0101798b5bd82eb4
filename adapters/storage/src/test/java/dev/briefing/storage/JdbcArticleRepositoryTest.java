package dev.briefing.storage;

import dev.briefing.core.chat.AbstractArticleRepositoryContract;
import dev.briefing.core.chat.ArticleRepository;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcArticleRepositoryTest extends AbstractArticleRepositoryContract {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Override
  protected ArticleRepository newRepository(Clock clock) {
    return new JdbcArticleRepository(
        database.dataSource(), AbstractArticleRepositoryContract::analyzed, clock);
  }
}
