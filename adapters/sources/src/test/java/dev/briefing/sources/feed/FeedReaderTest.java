package dev.briefing.sources.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.sources.testing.TestReaders;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader();

  @Test
  void readsRss2ItemsWithGuidLinkDateAndText() {
    List<FeedItem> items =
        reader.read(
            URI.create("https://news.coastal-ledger.test/local.rss"),
            TestReaders.resource("feeds/rss.xml"));

    assertThat(items).hasSize(3);
    FeedItem first = items.get(0);
    assertThat(first.guid()).contains("ledger-2025-0314-01");
    assertThat(first.link())
        .contains(URI.create("https://news.coastal-ledger.test/local/harbour-bridge-repairs"));
    assertThat(first.title()).isEqualTo("Harbour bridge to close for six weeks of repairs");
    assertThat(first.published()).contains(Instant.parse("2025-03-14T06:30:00Z"));
    assertThat(first.paragraphs())
        .containsExactly(
            "The harbour bridge will close to all traffic from Monday while engineers replace corroded bearings.");
  }

  @Test
  void parseAlsoGivesTheFeedsOwnTitle() {
    FeedDocument feed =
        reader.parse(
            URI.create("https://news.coastal-ledger.test/local.rss"),
            TestReaders.resource("feeds/rss.xml"));

    assertThat(feed.title()).contains("The Coastal Ledger: Local");
    assertThat(feed.items()).hasSize(3);
  }

  @Test
  void leavesTheGuidEmptyWhenTheRssItemHasNoneAndPrefersFullContent() {
    FeedItem third =
        reader
            .read(
                URI.create("https://news.coastal-ledger.test/local.rss"),
                TestReaders.resource("feeds/rss.xml"))
            .get(2);

    assertThat(third.guid()).isEmpty();
    assertThat(third.paragraphs())
        .containsExactly(
            "The port's fishing fleet landed 1,200 tonnes of cod and haddock between December and February.",
            "Skippers credited calmer seas and new quota rules.");
  }

  @Test
  void readsAtomEntriesResolvingRelativeLinks() {
    List<FeedItem> items =
        reader.read(
            URI.create("https://valley-courier.test/feed.atom"),
            TestReaders.resource("feeds/atom.xml"));

    assertThat(items).hasSize(2);
    assertThat(items.get(0).guid()).contains("tag:valley-courier.test,2025:wind-farm-approval");
    assertThat(items.get(0).link())
        .contains(URI.create("https://valley-courier.test/energy/wind-farm-approval"));
    assertThat(items.get(0).paragraphs()).hasSize(2);
    assertThat(items.get(1).published()).contains(Instant.parse("2025-03-13T12:00:00Z"));
    assertThat(items.get(1).paragraphs()).first().asString().startsWith("From September");
  }

  @Test
  void refusesSomethingThatIsNotAFeed() {
    byte[] html = "<html><body><p>hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(URI.create("https://x.test/feed"), html))
        .isInstanceOf(BriefingException.class)
        .hasMessageContaining("is not an RSS or Atom feed");
  }

  @Test
  void anItemIsKeyedByGuidLinkAndContentHash() {
    FeedItem item =
        new FeedItem(
            Optional.of("g-1"),
            Optional.of(URI.create("https://x.test/a")),
            "Title",
            List.of("Body text."),
            Optional.empty());
    FeedItem reformatted =
        new FeedItem(
            Optional.empty(),
            Optional.empty(),
            " Title ",
            List.of("Body   text."),
            Optional.empty());

    assertThat(item.dedupKeys()).hasSize(3).contains("guid:g-1", "link:https://x.test/a");
    assertThat(reformatted.contentHash()).isEqualTo(item.contentHash());
  }
}
