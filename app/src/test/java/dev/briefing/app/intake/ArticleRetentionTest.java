package dev.briefing.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.app.config.BriefingConfig.Retention;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleRetentionTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T08:00:00Z"));
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final FakeBriefingEngine engine = new FakeBriefingEngine();

  @Test
  void removesArticlesOlderThanTheMaximumAge() {
    add("old", "young");
    clock.advance(Duration.ofDays(1));

    new ArticleRetention(articles, new Retention(2, 0), clock).run();

    assertThat(articles.findAll()).extracting(a -> a.article().title()).containsExactly("young");
  }

  @Test
  void keepsOnlyTheNewestMaximumCount() {
    add("a", "b", "c");

    new ArticleRetention(articles, new Retention(0, 2), clock).run();

    assertThat(articles.findAll()).extracting(a -> a.article().title()).containsExactly("c", "b");
  }

  @Test
  void zeroesKeepEverything() {
    add("a", "b");
    clock.advance(Duration.ofDays(3650));

    new ArticleRetention(articles, new Retention(0, 0), clock).run();

    assertThat(articles.findAll()).hasSize(2);
  }

  private void add(String... titles) {
    for (String title : titles) {
      articles.save(
          engine.analyze(new FakeArticleReader().parse(title + ".txt", title + "\nIt happened.")));
      clock.advance(Duration.ofDays(1));
    }
  }
}
