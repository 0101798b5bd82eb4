package dev.briefing.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.model.Article;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import org.junit.jupiter.api.Test;

class ArticleLoaderTest {
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  private final ArticleLoader loader = new ArticleLoader(articles, new FakeBriefingEngine());
  private final FakeArticleReader reader = new FakeArticleReader();

  @Test
  void storesAnArticleOnceWhileItsTextIsUnchanged() {
    Article budget = reader.parse("budget.txt", "Council passes budget\nThe vote was 31 to 12.");

    assertThat(loader.loadIfChanged(budget)).isTrue();
    assertThat(loader.loadIfChanged(budget)).isFalse();

    assertThat(articles.findAll()).extracting(a -> a.article()).containsExactly(budget);
  }

  @Test
  void storesEveryArticleNotStoredBefore() {
    loader.loadIfChanged(reader.parse("a.txt", "Harbour bridge reopens\nIt reopened."));

    boolean stored = loader.loadIfChanged(reader.parse("b.txt", "Ferry times change\nThey did."));

    assertThat(stored).isTrue();
    assertThat(articles.findAll()).hasSize(2);
  }
}
