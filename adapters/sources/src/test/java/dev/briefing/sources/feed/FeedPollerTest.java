package dev.briefing.sources.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.core.store.InMemoryFeedStateStore;
import dev.briefing.sources.testing.FakePageFetcher;
import dev.briefing.sources.testing.TestReaders;
import dev.briefing.sources.web.ArticleExtractor;
import dev.briefing.sources.web.UrlArticleSource;
import dev.briefing.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
  private static final URI FEED = URI.create("https://news.coastal-ledger.test/local.rss");
  private static final URI BRIDGE =
      URI.create("https://news.coastal-ledger.test/local/harbour-bridge-repairs");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-14T08:00:00Z"));
  private final FakePageFetcher fetcher = new FakePageFetcher();
  private final InMemoryFeedStateStore store = new InMemoryFeedStateStore();
  private final FeedPoller poller =
      new FeedPoller(
          fetcher,
          new FeedReader(),
          new UrlArticleSource(fetcher, new ArticleExtractor(), TestReaders.assembler()),
          TestReaders.assembler(),
          store,
          FeedSettings.defaults(),
          clock);

  private static byte[] rss(String items) {
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Ledger</title>"
            + "<link>https://news.coastal-ledger.test/</link><description>d</description>"
            + items
            + "</channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String item(String guid, String link, String title, String text) {
    return "<item><title>"
        + title
        + "</title><link>"
        + link
        + "</link><guid isPermaLink='false'>"
        + guid
        + "</guid><description>"
        + text
        + "</description></item>";
  }

  private static final String LIBRARY =
      item(
          "g-lib",
          "https://news.coastal-ledger.test/local/library-hours",
          "Library opens on Sundays",
          "The riverside library will open on Sundays from April.");
  private static final String FLEET =
      item(
          "g-fleet",
          "https://news.coastal-ledger.test/business/winter-catch",
          "Best winter catch in a decade",
          "The fleet landed 1,200 tonnes of fish this winter.");

  private static List<String> titles(List<Article> articles) {
    return articles.stream().map(Article::title).toList();
  }

  @Test
  void readsEachNewItemsPageOnceAndFallsBackToTheFeedTextWhenThePageFails() {
    fetcher.serveFeed(FEED, TestReaders.resource("feeds/rss.xml"), "\"v1\"");
    fetcher.serve(BRIDGE, "text/html", TestReaders.resource("pages/harbour-bridge.html"));
    // the other two item pages answer 404: their feed text stands in

    List<Article> first = poller.poll(FEED);

    assertThat(titles(first))
        .containsExactly(
            "Harbour bridge to close for six weeks of repairs",
            "Riverside library extends weekend opening hours",
            "Fishing fleet reports best winter catch in a decade");
    assertThat(first.get(0).paragraphs()).hasSizeGreaterThan(4);
    assertThat(first.get(1).source())
        .contains("https://news.coastal-ledger.test/local/library-hours");
    assertThat(poller.status(FEED).orElseThrow().failing()).isFalse();
  }

  @Test
  void anItemPageThatCrashesTheExtractorStillYieldsTheFeedText() {
    fetcher.serveFeed(FEED, rss(LIBRARY), "\"v1\"");
    fetcher.crash(
        URI.create("https://news.coastal-ledger.test/local/library-hours"),
        new IllegalStateException("malformed page"));

    List<Article> articles = poller.poll(FEED);

    assertThat(titles(articles)).containsExactly("Library opens on Sundays");
    assertThat(poller.status(FEED).orElseThrow().failing()).isFalse();
  }

  @Test
  void aConditionalGetAnswered304BringsNothingNew() {
    fetcher.serveFeed(FEED, rss(LIBRARY), "\"v1\"");
    poller.poll(FEED);

    List<Article> second = poller.poll(FEED);

    assertThat(second).isEmpty();
    assertThat(fetcher.sentValidators().get(fetcher.sentValidators().size() - 1).etag())
        .contains("\"v1\"");
  }

  @Test
  void anItemWhoseGuidChangedIsNotSentAgain() {
    fetcher.serveFeed(FEED, rss(LIBRARY), "\"v1\"");
    poller.poll(FEED);
    String regenerated = LIBRARY.replace("g-lib", "g-lib-2025-03-14T09");
    fetcher.serveFeed(FEED, rss(regenerated + FLEET), "\"v2\"");

    assertThat(titles(poller.poll(FEED))).containsExactly("Best winter catch in a decade");
  }

  @Test
  void theSameStoryUnderAnotherGuidAndLinkIsSentOnce() {
    String copy =
        item(
            "g-copy",
            "https://news.coastal-ledger.test/amp/library-hours",
            "Library opens on Sundays",
            "The riverside library will open on Sundays from April.");

    fetcher.serveFeed(FEED, rss(LIBRARY + copy), "\"v1\"");

    assertThat(titles(poller.poll(FEED))).containsExactly("Library opens on Sundays");
  }

  @Test
  void aFailingFeedBacksOffDoublingUpToSixHoursAndReportsTheError() {
    fetcher.fail(FEED, "news.coastal-ledger.test did not answer within 15 s; try again later");
    poller.subscribe(FEED);
    List<Duration> waits = new java.util.ArrayList<>();

    for (int i = 0; i < 12; i++) {
      Instant now = clock.instant();
      poller.pollDue(now);
      FeedStatus status = poller.status(FEED).orElseThrow();
      waits.add(Duration.between(now, status.nextAttempt()));
      assertThat(poller.pollDue(now)).isEmpty(); // not retried before it is due
      clock.advance(waits.get(i));
    }

    FeedStatus status = poller.status(FEED).orElseThrow();
    assertThat(status.failing()).isTrue();
    assertThat(status.consecutiveFailures()).isEqualTo(12);
    assertThat(status.lastError())
        .contains("news.coastal-ledger.test did not answer within 15 s; try again later");
    assertThat(waits.subList(0, 4))
        .containsExactly(
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8));
    assertThat(waits.get(11)).isEqualTo(Duration.ofHours(6));
    assertThat(fetcher.requested()).hasSize(12);
  }

  @Test
  void aFeedThatRecoversIsHealthyAgainAndPolledAtTheNormalInterval() {
    fetcher.fail(FEED, "could not connect to news.coastal-ledger.test");
    poller.poll(FEED);
    fetcher.serveFeed(FEED, rss(LIBRARY), "\"v1\"");
    clock.advance(Duration.ofMinutes(1));

    assertThat(poller.pollDue(clock.instant())).hasSize(1);

    FeedStatus status = poller.status(FEED).orElseThrow();
    assertThat(status.failing()).isFalse();
    assertThat(status.lastError()).isEmpty();
    assertThat(status.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void somethingThatIsNotAFeedCountsAsAFailure() {
    fetcher.serve(FEED, "text/html", "<html><body><p>Moved</p></body></html>");

    assertThat(poller.poll(FEED)).isEmpty();

    assertThat(poller.status(FEED).orElseThrow().lastError().orElseThrow())
        .contains("is not an RSS or Atom feed");
  }

  @Test
  void aCheckReadsTheWholeFeedNowAndTellsItsTitleAndSize() {
    fetcher.serveFeed(FEED, rss(LIBRARY + FLEET), "\"v1\"");
    poller.poll(FEED); // another chat follows it already: both items seen, the etag kept
    fetcher.serveFeed(
        FEED, rss(LIBRARY + FLEET + item("g-new", BRIDGE.toString(), "Bridge", "Shut.")), "\"v1\"");

    CheckedFeed checked = poller.check(FEED);

    assertThat(checked.title()).contains("Ledger");
    assertThat(checked.items()).isEqualTo(3);
    assertThat(titles(checked.articles())).containsExactly("Bridge");
    assertThat(fetcher.sentValidators().get(fetcher.sentValidators().size() - 1).etag()).isEmpty();
    assertThat(poller.status(FEED).orElseThrow().nextAttempt())
        .isEqualTo(clock.instant().plus(FeedSettings.defaults().pollInterval()));
    assertThat(poller.poll(FEED)).isEmpty();
  }

  @Test
  void aFailedCheckThrowsItsReasonAndRecordsIt() {
    fetcher.fail(FEED, "could not connect to news.coastal-ledger.test");

    assertThatThrownBy(() -> poller.check(FEED))
        .isInstanceOf(BriefingException.class)
        .hasMessage("could not connect to news.coastal-ledger.test");
    assertThat(poller.status(FEED).orElseThrow().failing()).isTrue();

    fetcher.serve(FEED, "text/html", "<html><body><p>Moved</p></body></html>");
    assertThatThrownBy(() -> poller.check(FEED)).hasMessageContaining("is not an RSS or Atom feed");
  }
}
