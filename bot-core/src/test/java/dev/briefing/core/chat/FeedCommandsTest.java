package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCommandsTest {
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress BOB = ChatAddress.of("telegram", "2");
  private static final String FEED = "https://news.example/rss";

  private final InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
  private final List<String> followed = new ArrayList<>();
  private final FeedCommands feeds =
      new FeedCommands(
          follows,
          followed::add,
          url ->
              url.contains("sport")
                  ? java.util.Optional.of("failing (2 tries: timed out)")
                  : java.util.Optional.empty());
  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  private final CommandRouter router =
      new BriefingCommands(
              engine,
              new FakeArticleReader(),
              articles,
              new dev.briefing.core.store.InMemoryChatSettingsRepository(),
              feeds::followedBy,
              java.util.Optional.empty(),
              dev.briefing.core.ingest.LanguageCheck.NONE,
              2,
              feeds.commands())
          .router();

  @Test
  void followingAFeedShowsItsArticlesToThatChatOnly() {
    assertThat(text(ALICE, "/feed add " + FEED)).startsWith("Following " + FEED);
    articles.save(
        engine.analyze(new FakeArticleReader().parse("item.html", "Port reopens\nShips sailed.")),
        ArticleOrigin.feed(FEED));

    assertThat(followed).containsExactly(FEED);
    assertThat(text(ALICE, "/articles")).contains("1. Port reopens");
    assertThat(text(BOB, "/articles")).doesNotContain("Port reopens");
  }

  @Test
  void listsAndRemovesFeedsByNumberOrAddress() {
    text(ALICE, "/feed add " + FEED);
    text(ALICE, "/feed add https://sport.example/atom.xml");

    assertThat(text(ALICE, "/feed list"))
        .isEqualTo(
            "Feeds this chat follows:\n1. "
                + FEED
                + "\n   digest · no new item yet · ok"
                + "\n2. https://sport.example/atom.xml"
                + "\n   digest · no new item yet · failing (2 tries: timed out)"
                + "\n/feed mode 2 instant posts feed 2's new items as they arrive; /feed mode 2"
                + " digest keeps them for your digests.");
    assertThat(text(ALICE, "/feed add " + FEED))
        .isEqualTo("This chat already follows " + FEED + ".");
    assertThat(text(ALICE, "/feed remove 1")).isEqualTo("Stopped following " + FEED + ".");
    assertThat(text(ALICE, "/feed remove https://sport.example/atom.xml")).startsWith("Stopped");
    assertThat(text(ALICE, "/feed")).startsWith("This chat follows no feeds.");
    assertThat(text(ALICE, "/feed remove 3")).isEqualTo("There is no feed 3; /feed list shows 0.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/feed add",
        "/feed add news.example/rss",
        "/feed add ftp://news.example/rss",
        "/feed add javascript:alert(1)",
        "/feed add https://",
        "/feed subscribe https://news.example/rss",
        "/feed remove",
      })
  void malformedFeedCommandsAreAnsweredWithUsageAndStoreNothing(String command) {
    assertThat(text(ALICE, command)).contains("/feed add https://…/rss");
    assertThat(follows.allFeeds()).isEmpty();
  }

  @Test
  void aFeedAddressLongerThan500CharactersIsRefused() {
    String longest = "https://news.example/" + "a".repeat(500 - "https://news.example/".length());

    assertThat(text(ALICE, "/feed add " + longest + "b")).contains("is not a feed address");
    assertThat(text(ALICE, "/feed add " + longest)).startsWith("Following " + longest);
    assertThat(follows.allFeeds()).containsExactly(longest);
  }

  @Test
  void addingAFeedReadsItOnceAndSaysItsTitleAndSize() {
    List<String> probed = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    CommandRouter checked =
        routerWith(
            url -> {
              probed.add(url);
              return FeedCheck.read("Coastal Ledger", 12);
            });

    String reply =
        checked
            .route(
                new IncomingMessage(ALICE, "u", "/feed add https://www.ledger.example/rss")
                    .withProgress(progress::add))
            .get(0)
            .text();

    assertThat(progress).containsExactly("Checking ledger.example…");
    assertThat(reply)
        .isEqualTo(
            "Following Coastal Ledger: 12 items. Its articles are in /articles; new ones will"
                + " appear there and in your digests.");
    assertThat(probed).containsExactly("https://www.ledger.example/rss");
    assertThat(follows.feedsOf(ALICE)).containsExactly("https://www.ledger.example/rss");
    assertThat(followed).containsExactly("https://www.ledger.example/rss");
    assertThat(
            checked
                .route(
                    new IncomingMessage(
                        ALICE, "u", "/feed add " + "https://www.ledger.example/rss"))
                .get(0)
                .text())
        .isEqualTo("This chat already follows https://www.ledger.example/rss.");
    assertThat(probed).hasSize(1);
  }

  @Test
  void aFeedWithoutTitleOrItemsIsNamedByItsAddress() {
    CommandRouter checked = routerWith(url -> FeedCheck.read("  ", 0));

    assertThat(checked.route(new IncomingMessage(ALICE, "u", "/feed add " + FEED)).get(0).text())
        .isEqualTo(
            "Following "
                + FEED
                + ": no items yet. New ones will appear in /articles and your digests.");
  }

  @Test
  void aFeedThatCannotBeReadIsNotFollowedAndTheReplySaysWhy() {
    CommandRouter checked = routerWith(url -> FeedCheck.failed(url + " answered HTTP 404"));

    String reply =
        checked.route(new IncomingMessage(ALICE, "u", "/feed add " + FEED)).get(0).text();

    assertThat(reply)
        .isEqualTo(
            "I can't read that feed, so I am not following it: "
                + FEED
                + " answered HTTP 404. Check the address and try /feed add again.");
    assertThat(follows.allFeeds()).isEmpty();
    assertThat(followed).isEmpty();
  }

  @Test
  void aFeedAddedInstantIsPostedAsItArrivesAndItsModeChangesByNumber() {
    assertThat(text(ALICE, "/feed add " + FEED + " instant"))
        .contains("posted here as they arrive");
    text(ALICE, "/feed add https://sport.example/atom.xml");

    assertThat(follows.followsOf(ALICE))
        .extracting(FeedFollow::mode)
        .containsExactly(FeedMode.INSTANT, FeedMode.DIGEST);
    assertThat(text(ALICE, "/feed mode 2 INSTANT"))
        .isEqualTo(
            "New items of https://sport.example/atom.xml will be posted here as they arrive.");
    assertThat(text(ALICE, "/feed mode 1 digest")).contains("will wait for your digests");
    assertThat(follows.followsOf(ALICE))
        .extracting(FeedFollow::mode)
        .containsExactly(FeedMode.DIGEST, FeedMode.INSTANT);
    assertThat(follows.instantChats("https://sport.example/atom.xml")).containsExactly(ALICE);
    assertThat(text(ALICE, "/feed list")).contains("1. " + FEED + "\n   digest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/feed mode", "/feed mode 1", "/feed mode x instant", "/feed mode 1 2"})
  void aMalformedModeCommandExplainsModes(String command) {
    text(ALICE, "/feed add " + FEED);

    assertThat(text(ALICE, command)).contains("/feed mode 2 instant");
    assertThat(follows.followsOf(ALICE).get(0).mode()).isEqualTo(FeedMode.DIGEST);
  }

  @Test
  void aModeForAFeedNotInTheListOrAnUnknownModeIsRefused() {
    assertThat(text(ALICE, "/feed mode 3 instant"))
        .isEqualTo("There is no feed 3; /feed list shows 0.");
    assertThat(text(ALICE, "/feed add " + FEED + " loud")).contains("'loud' is not a feed mode");
    assertThat(follows.allFeeds()).isEmpty();
  }

  @Test
  void theListShowsEachFeedsLastNewItem() {
    text(ALICE, "/feed add " + FEED + " instant");
    follows.recordLastItem(FEED, "Port reopens", java.time.Instant.parse("2026-03-14T08:05:00Z"));

    assertThat(text(ALICE, "/feed list"))
        .contains(
            "1. " + FEED + "\n   instant · last new item: Port reopens (14 Mar 08:05 UTC) · ok");
  }

  private CommandRouter routerWith(FeedProbe probe) {
    FeedCommands checked =
        new FeedCommands(follows, followed::add, url -> java.util.Optional.empty(), probe);
    return new BriefingCommands(
            engine,
            new FakeArticleReader(),
            articles,
            new dev.briefing.core.store.InMemoryChatSettingsRepository(),
            checked::followedBy,
            java.util.Optional.empty(),
            dev.briefing.core.ingest.LanguageCheck.NONE,
            2,
            checked.commands())
        .router();
  }

  private String text(ChatAddress chat, String text) {
    List<Reply> replies = router.route(new IncomingMessage(chat, "u", text));
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }
}
