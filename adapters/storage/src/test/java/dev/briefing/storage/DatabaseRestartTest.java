package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseRestartTest {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "-1001");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final AtomicInteger analyses = new AtomicInteger();
  private final Function<Article, AnalyzedArticle> analyzer =
      article -> {
        analyses.incrementAndGet();
        return () -> article;
      };

  @Test
  void everythingWrittenBeforeAStopIsReadBackAfterARestart(@TempDir Path dir) {
    // A folder that does not exist yet, as ./data/ on a first run.
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:h2:file:" + dir.resolve("data/briefing"), "sa", "");
    Article article = article();
    Subscription subscription;
    Instant fireTime = Instant.parse("2026-03-02T07:00:00Z");
    try (Database database = Database.open(settings)) {
      subscription =
          new JdbcSubscriptionRepository(database.dataSource(), clock)
              .add(new NewSubscription(CHAT, LocalTime.of(8, 0), Subscription.WEEKDAYS, BERLIN));
      new JdbcChatSettingsRepository(database.dataSource()).setZone(CHAT, BERLIN);
      new JdbcArticleRepository(database.dataSource(), analyzer, clock).save(() -> article);
      JdbcDeliveryLog log = new JdbcDeliveryLog(database.dataSource());
      log.claim(subscription.id(), fireTime, clock.instant());
      log.markSent(subscription.id(), fireTime, clock.advance(Duration.ofSeconds(1)));
    }

    try (Database database = Database.open(settings)) {
      var articles = new JdbcArticleRepository(database.dataSource(), analyzer, clock);
      assertThat(new JdbcSubscriptionRepository(database.dataSource(), clock).findAllActive())
          .containsExactly(subscription);
      assertThat(new JdbcChatSettingsRepository(database.dataSource()).findZone(CHAT))
          .contains(BERLIN);
      assertThat(new JdbcDeliveryLog(database.dataSource()).lastDelivered(CHAT)).contains(fireTime);
      assertThat(articles.findAll()).map(AnalyzedArticle::article).containsExactly(article);
      assertThat(articles.find(article.id()).orElseThrow().article()).isEqualTo(article);
      assertThat(analyses).as("analyzed once after the restart, then cached").hasValue(1);
    }
  }

  @Test
  void aDatabaseThatCannotBeReachedIsNamedInOneMessage() {
    DatabaseSettings nowhere =
        new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/briefing", "briefing", "secret");

    assertThatThrownBy(() -> Database.open(nowhere))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith(
            "cannot open the database at jdbc:postgresql://127.0.0.1:1/briefing")
        .hasMessageNotContaining("secret");
  }

  private static Article article() {
    return new Article(
        "restart-1",
        "Council approves cycle lanes",
        Optional.of("https://news.example/cycle"),
        List.of("Council approves cycle lanes", "The vote was 7 to 2. Work starts in May."),
        List.of(
            new Sentence(1, 0, "Council approves cycle lanes"),
            new Sentence(2, 1, "The vote was 7 to 2."),
            new Sentence(3, 1, "Work starts in May.")));
  }
}
