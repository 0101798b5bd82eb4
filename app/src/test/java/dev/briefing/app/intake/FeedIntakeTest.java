package dev.briefing.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.FeedCheck;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedReader;
import dev.briefing.sources.feed.FeedSettings;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.FetchedPage;
import dev.briefing.sources.web.PageFetcher;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feed intake as {@code /feed add}'s probe: one read now, its items stored as articles. */
class FeedIntakeTest {
  private static final String FEED = "https://ledger.example/rss";
  private static final String CONFIGURED = "https://wire.example/rss";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T08:00:00Z"));
  private final Map<URI, String> feeds = new HashMap<>();
  // Serves the feeds above; every other address, item pages included, answers 404.
  private final PageFetcher pages =
      (url, validators) -> {
        String body = feeds.get(url);
        if (body == null) {
          throw new BriefingException(url + " answered HTTP 404");
        }
        return FetchedPage.ok(
            url, "application/rss+xml", Optional.empty(), body.getBytes(StandardCharsets.UTF_8));
      };
  private final ArticleAssembler assembler = new ArticleAssembler(new FakeArticleReader());
  private final FeedPoller poller =
      new FeedPoller(
          pages,
          new FeedReader(),
          new UrlArticleSource(pages, new ArticleExtractor(), assembler),
          assembler,
          new InMemoryFeedStateStore(),
          FeedSettings.defaults(),
          clock);
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final FeedIntake intake =
      new FeedIntake(
          poller,
          new InMemoryFeedFollowRepository(),
          List.of(URI.create(CONFIGURED)),
          articles,
          new FakeBriefingEngine(),
          clock);

  @Test
  void aCheckedFeedGivesItsTitleAndItemCountAndItsItemsBecomeItsArticles() {
    feeds.put(URI.create(FEED), rss("Coastal Ledger", 3));

    FeedCheck check = intake.check(FEED);

    assertThat(check).isEqualTo(FeedCheck.read("Coastal Ledger", 3));
    assertThat(articles.findVisible(Set.of(ArticleOrigin.feed(FEED)))).hasSize(3);
    assertThat(articles.findVisible(Set.of(ArticleOrigin.everyone()))).isEmpty();
  }

  @Test
  void aConfiguredFeedsItemsAreForEveryone() {
    feeds.put(URI.create(CONFIGURED), rss("Wire", 2));

    assertThat(intake.check(CONFIGURED).items()).isEqualTo(2);
    assertThat(articles.findVisible(Set.of(ArticleOrigin.everyone()))).hasSize(2);
  }

  @Test
  void aFeedThatCannotBeReadIsAFailureWithItsReasonNotAnException() {
    feeds.put(URI.create("https://ledger.example/page"), "<html><body>Hello</body></html>");

    FeedCheck missing = intake.check("https://ledger.example/gone");
    FeedCheck notAFeed = intake.check("https://ledger.example/page");

    assertThat(missing.failure()).contains("https://ledger.example/gone answered HTTP 404");
    assertThat(notAFeed.failure().orElseThrow()).contains("is not an RSS or Atom feed");
    assertThat(intake.problem("https://ledger.example/gone")).isPresent();
    assertThat(articles.findAll()).isEmpty();
  }

  private static String rss(String title, int items) {
    StringBuilder xml =
        new StringBuilder("<?xml version='1.0'?><rss version='2.0'><channel><title>")
            .append(title)
            .append("</title><link>https://ledger.example/</link><description>d</description>");
    for (int i = 1; i <= items; i++) {
      xml.append("<item><title>Story ")
          .append(i)
          .append("</title><link>https://ledger.example/story-")
          .append(i)
          .append("</link><guid>g-")
          .append(i)
          .append("</guid><description>Something happened ")
          .append(i)
          .append(" times.</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }
}
