package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.testing.FakeArticleReader;
import org.junit.jupiter.api.Test;

class InMemoryArticleRepositoryTest {
  private final InMemoryArticleRepository repository = new InMemoryArticleRepository();
  private final FakeArticleReader reader = new FakeArticleReader();

  @Test
  void listsArticlesNewestFirst() {
    AnalyzedArticle first = article("First\nOne.");
    AnalyzedArticle second = article("Second\nTwo.");
    repository.save(first);
    repository.save(second);

    assertThat(repository.findAll()).containsExactly(second, first);
  }

  @Test
  void savingAgainReplacesAndMakesItNewest() {
    AnalyzedArticle first = article("First\nOne.");
    AnalyzedArticle second = article("Second\nTwo.");
    repository.save(first);
    repository.save(second);
    AnalyzedArticle firstAgain = article("First\nOne.");
    repository.save(firstAgain);

    assertThat(repository.findAll()).containsExactly(firstAgain, second);
  }

  @Test
  void findsById() {
    AnalyzedArticle first = article("First\nOne.");
    repository.save(first);

    assertThat(repository.find(first.article().id())).containsSame(first);
    assertThat(repository.find("nope")).isEmpty();
  }

  private AnalyzedArticle article(String text) {
    var article = reader.parse("a.txt", text);
    return () -> article;
  }
}
