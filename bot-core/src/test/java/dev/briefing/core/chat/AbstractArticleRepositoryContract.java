package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ArticleRepository} must do; each implementation runs it. */
public abstract class AbstractArticleRepositoryContract {
  protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private ArticleRepository repository;

  /** A fresh, empty repository whose added times come from {@code clock}. */
  protected abstract ArticleRepository newRepository(Clock clock);

  @BeforeEach
  void createRepository() {
    repository = newRepository(clock);
  }

  @Test
  void listsArticlesNewestFirst() {
    repository.save(analyzed(article("first", "First")));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("second", "Second")));

    assertThat(ids(repository.findAll())).containsExactly("second", "first");
  }

  @Test
  void savingAgainReplacesAndMakesItNewest() {
    repository.save(analyzed(article("first", "First")));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("second", "Second")));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("first", "First, revised")));

    assertThat(ids(repository.findAll())).containsExactly("first", "second");
    assertThat(repository.find("first").orElseThrow().article().title())
        .isEqualTo("First, revised");
  }

  @Test
  void findsById() {
    Article article = article("first", "First");
    repository.save(analyzed(article));

    assertThat(repository.find("first").map(AnalyzedArticle::article)).contains(article);
    assertThat(repository.find("nope")).isEmpty();
  }

  @Test
  void keepsTitleSourceParagraphsAndSentencesVerbatim() {
    Article article =
        new Article(
            "quotes",
            "Minister: “We will not yield”",
            Optional.of("https://news.example/a?id=1&lang=en"),
            List.of("Minister: “We will not yield”", "  Ünïcödé — and 'quotes'.  It costs $1.84."),
            List.of(
                new Sentence(1, 0, "Minister: “We will not yield”"),
                new Sentence(2, 1, "Ünïcödé — and 'quotes'."),
                new Sentence(3, 1, "It costs $1.84.")));
    Article withoutSource =
        new Article(
            "plain",
            "Plain",
            Optional.empty(),
            List.of("Plain"),
            List.of(new Sentence(1, 0, "Plain")));
    repository.save(analyzed(article));
    repository.save(analyzed(withoutSource));

    assertThat(repository.find("quotes").orElseThrow().article()).isEqualTo(article);
    assertThat(repository.find("plain").orElseThrow().article()).isEqualTo(withoutSource);
  }

  @Test
  void findsArticlesAddedStrictlyAfterAnInstantNewestFirst() {
    repository.save(analyzed(article("old", "Old")));
    Instant lastDigest = clock.advance(Duration.ofHours(1));
    repository.save(analyzed(article("same-instant", "Same instant")));
    clock.advance(Duration.ofSeconds(1));
    repository.save(analyzed(article("newer", "Newer")));
    clock.advance(Duration.ofSeconds(1));
    repository.save(analyzed(article("newest", "Newest")));

    assertThat(ids(repository.findAddedSince(lastDigest))).containsExactly("newest", "newer");
    assertThat(repository.findAddedSince(clock.instant())).isEmpty();
    assertThat(ids(repository.findAddedSince(Instant.EPOCH))).hasSize(4);
    assertThat(ids(repository.findAddedSince(Instant.MIN))).hasSize(4);
  }

  @Test
  void savingAgainCountsAsAddedThen() {
    repository.save(analyzed(article("first", "First")));
    Instant lastDigest = clock.advance(Duration.ofHours(1));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("first", "First")));

    assertThat(ids(repository.findAddedSince(lastDigest))).containsExactly("first");
  }

  /** The analysis the tests use: none, just the article. */
  @Test
  void aChatSeesArticlesForEveryoneItsOwnAndItsFeedsNewestFirst() {
    ChatAddress alice = ChatAddress.of("telegram", "1");
    ChatAddress bob = ChatAddress.of("telegram", "2");
    repository.save(analyzed(article("shared", "Shared")));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("alices", "Alice's")), ArticleOrigin.chat(alice));
    clock.advance(Duration.ofMinutes(1));
    repository.save(analyzed(article("fed", "From a feed")), ArticleOrigin.feed("https://f/rss"));

    Set<ArticleOrigin> aliceScope =
        Set.of(
            ArticleOrigin.everyone(),
            ArticleOrigin.chat(alice),
            ArticleOrigin.feed("https://f/rss"));
    assertThat(ids(repository.findVisible(aliceScope))).containsExactly("fed", "alices", "shared");
    assertThat(
            ids(repository.findVisible(Set.of(ArticleOrigin.everyone(), ArticleOrigin.chat(bob)))))
        .containsExactly("shared");
    assertThat(ids(repository.findAddedSince(clock.instant().minusSeconds(90), aliceScope)))
        .containsExactly("fed", "alices");
  }

  @Test
  void savingAgainFromAnotherOriginKeepsTheFirstOrigin() {
    ChatAddress alice = ChatAddress.of("slack", "C1");
    ChatAddress bob = ChatAddress.of("slack", "C2");
    repository.save(analyzed(article("same", "Same")), ArticleOrigin.chat(alice));
    repository.save(analyzed(article("same", "Same")), ArticleOrigin.chat(bob));

    assertThat(ids(repository.findVisible(Set.of(ArticleOrigin.chat(alice)))))
        .containsExactly("same");
    assertThat(ids(repository.findVisible(Set.of(ArticleOrigin.chat(bob)))))
        .containsExactly("same");
    assertThat(repository.findAll()).hasSize(1);
  }

  @Test
  void retentionRemovesArticlesOlderThanTheCutoffThenAllButTheNewest() {
    for (String id : List.of("a", "b", "c", "d")) {
      repository.save(analyzed(article(id, id.toUpperCase())));
      clock.advance(Duration.ofDays(1));
    }

    assertThat(repository.removeOlderThan(clock.instant().minus(Duration.ofDays(3)), 2))
        .isEqualTo(2);
    assertThat(ids(repository.findAll())).containsExactly("d", "c");
    assertThat(repository.find("a")).isEmpty();
    assertThat(repository.removeOlderThan(Instant.EPOCH, 1)).isEqualTo(1);
    assertThat(ids(repository.findAll())).containsExactly("d");
  }

  protected static AnalyzedArticle analyzed(Article article) {
    return () -> article;
  }

  private static Article article(String id, String title) {
    return new Article(
        id,
        title,
        Optional.of(id + ".txt"),
        List.of(title, "Body of " + id + ". Second sentence."),
        List.of(
            new Sentence(1, 0, title),
            new Sentence(2, 1, "Body of " + id + "."),
            new Sentence(3, 1, "Second sentence.")));
  }

  private static List<String> ids(List<AnalyzedArticle> articles) {
    return articles.stream().map(a -> a.article().id()).toList();
  }
}
