package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedMode;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemoryInstantPostLog;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingChatAdapter;
import dev.briefing.testing.RecordingChatAdapter.Sent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstantPostsTest {
  private static final ChatAddress INSTANT = ChatAddress.of("telegram", "1");
  private static final ChatAddress DIGEST = ChatAddress.of("telegram", "2");
  private static final String FEED = "https://ledger.example/rss";
  private static final String WIRE = "https://wire.example/rss";

  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
  private final InMemoryInstantPostLog log = new InMemoryInstantPostLog();
  private final RecordingChatAdapter chats = new RecordingChatAdapter();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T08:00:00Z"));

  private InstantPosts posts(ChatFilter filter, StoryGrouping grouping) {
    return new InstantPosts(engine, follows, log, chats, filter, grouping, clock);
  }

  @Test
  void eachNewItemIsPostedOnceToInstantChatsOnlyOldestFirstWithSummaryLinkAndButtons() {
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    follows.follow(DIGEST, FEED);
    List<AnalyzedArticle> fresh = List.of(article("Second", 2), article("First", 1));
    InstantPosts posts = posts(ChatFilter.NONE, StoryGrouping.NONE);

    posts.post(Map.of(FEED, fresh));
    posts.post(Map.of(FEED, fresh));

    List<Sent> sent = chats.sent();
    assertThat(sent).extracting(Sent::chat).containsOnly(INSTANT);
    assertThat(sent).hasSize(2);
    Reply first = sent.get(0).reply();
    assertThat(first.text())
        .isEqualTo(
            "First\nFirst First Something happened 1 times.\n"
                + "Source: https://ledger.example/story-1");
    assertThat(first.citations()).hasSize(2);
    assertThat(first.buttons().get(0))
        .extracting(Button::action)
        .containsExactly(
            "/summary " + fresh.get(1).article().id(), "/use " + fresh.get(1).article().id());
    assertThat(sent.get(1).reply().text()).startsWith("Second\n");
  }

  @Test
  void moreThanFiveNewItemsBecomeOneMessageListingThem() {
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    List<AnalyzedArticle> fresh = new ArrayList<>();
    for (int i = 6; i >= 1; i--) {
      fresh.add(article("Story " + i, i));
    }

    posts(ChatFilter.NONE, StoryGrouping.NONE).post(Map.of(FEED, fresh));

    assertThat(chats.sent()).hasSize(1);
    String text = chats.sent().get(0).reply().text();
    assertThat(text).startsWith("6 new items from your instant feeds:\n1. Story 6\n");
    assertThat(text).contains("6. Story 1\nhttps://ledger.example/story-1");
  }

  @Test
  void onlyItemsPassingTheChatsFilterArePostedAndTheRestAreNotClaimed() {
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    AnalyzedArticle port = article("Port reopens", 1);
    AnalyzedArticle budget = article("Budget passes", 2);
    ChatFilter ports = (chat, a) -> a.article().title().contains("Port");

    posts(ports, StoryGrouping.NONE).post(Map.of(FEED, List.of(budget, port)));

    assertThat(chats.sent())
        .extracting(s -> s.reply().text().lines().findFirst().orElseThrow())
        .containsExactly("Port reopens");
    assertThat(log.claim(INSTANT, budget.article().id(), clock.instant())).isTrue();
  }

  @Test
  void oneStoryFromTwoFeedsIsOnePostSayingWhereElseItAppeared() {
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    follows.follow(INSTANT, WIRE, FeedMode.INSTANT);
    AnalyzedArticle ledger = article("Port reopens", 1);
    AnalyzedArticle wire =
        engine.analyze(
            new FakeArticleReader()
                .parse("https://www.wire.example/port", "Port reopens today\nShips sailed."));
    StoryGrouping together =
        articles -> List.of(new Story(articles.get(0), articles.subList(1, articles.size())));

    Map<String, List<AnalyzedArticle>> poll = new LinkedHashMap<>();
    poll.put(FEED, List.of(ledger));
    poll.put(WIRE, List.of(wire));
    posts(ChatFilter.NONE, together).post(poll);
    posts(ChatFilter.NONE, StoryGrouping.NONE).post(Map.of(WIRE, List.of(wire)));

    assertThat(chats.sent()).hasSize(1);
    assertThat(chats.sent().get(0).reply().text()).endsWith("\nAlso in: wire.example");
  }

  @Test
  void aStoryAnotherFeedTellsAgainWithinTheHourIsNotPostedAgainButLaterItIs() {
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    follows.follow(INSTANT, WIRE, FeedMode.INSTANT);
    AnalyzedArticle ledger = article("Port reopens", 1);
    AnalyzedArticle wire =
        engine.analyze(
            new FakeArticleReader()
                .parse("https://www.wire.example/port", "Port reopens today\nShips sailed."));
    AnalyzedArticle wireLater =
        engine.analyze(
            new FakeArticleReader()
                .parse("https://www.wire.example/port-2", "Port reopens again\nShips sailed."));
    Map<String, AnalyzedArticle> stored = new HashMap<>();
    for (AnalyzedArticle a : List.of(ledger, wire, wireLater)) {
      stored.put(a.article().id(), a);
    }
    StoryGrouping ports =
        articles -> {
          List<AnalyzedArticle> port =
              articles.stream().filter(a -> a.article().title().startsWith("Port")).toList();
          return port.isEmpty()
              ? List.of()
              : List.of(new Story(port.get(0), port.subList(1, port.size())));
        };
    InstantPosts posts =
        new InstantPosts(
            engine,
            follows,
            log,
            chats,
            ChatFilter.NONE,
            ports,
            clock,
            id -> Optional.ofNullable(stored.get(id)));

    posts.post(Map.of(FEED, List.of(ledger)));
    clock.advance(Duration.ofMinutes(40));
    posts.post(Map.of(WIRE, List.of(wire)));
    assertThat(chats.sent()).hasSize(1);

    clock.advance(Duration.ofHours(2));
    posts.post(Map.of(WIRE, List.of(wireLater)));
    assertThat(chats.sent()).hasSize(2);
    assertThat(chats.sent().get(1).reply().text()).startsWith("Port reopens again");
  }

  @Test
  void aFailedSendIsLoggedAndTheNextChatStillGetsItsPost() {
    ChatAddress other = ChatAddress.of("slack", "C1");
    follows.follow(INSTANT, FEED, FeedMode.INSTANT);
    follows.follow(other, FEED, FeedMode.INSTANT);
    chats.failNext(new IllegalStateException("boom"));

    posts(ChatFilter.NONE, StoryGrouping.NONE).post(Map.of(FEED, List.of(article("Port", 1))));

    assertThat(chats.sent()).extracting(Sent::chat).containsExactly(other);
  }

  private AnalyzedArticle article(String title, int n) {
    return engine.analyze(
        new FakeArticleReader()
            .parse(
                "https://ledger.example/story-" + n,
                title
                    + "\n"
                    + title
                    + " Something happened "
                    + n
                    + " times.\nShips sailed "
                    + n
                    + " times."));
  }
}
