package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.FeedFollow;
import dev.briefing.core.chat.FeedMode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FeedFollowRepository} must do; each implementation runs it. */
public abstract class AbstractFeedFollowRepositoryContract {
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress ALICE_THREAD =
      new ChatAddress("telegram", "1", Optional.of("77"));
  private static final ChatAddress BOB = ChatAddress.of("slack", "C2");
  private static final String NEWS = "https://news.example/rss";
  private static final String SPORT = "https://sport.example/atom.xml";

  private FeedFollowRepository follows;

  /** A fresh, empty repository. */
  protected abstract FeedFollowRepository newRepository();

  @BeforeEach
  void createRepository() {
    follows = newRepository();
  }

  @Test
  void aChatFollowsFeedsOnceInTheOrderItFollowedThem() {
    assertThat(follows.follow(ALICE, SPORT)).isTrue();
    assertThat(follows.follow(ALICE, NEWS)).isTrue();
    assertThat(follows.follow(ALICE_THREAD, NEWS)).isFalse();

    assertThat(follows.feedsOf(ALICE)).containsExactly(SPORT, NEWS);
    assertThat(follows.feedsOf(BOB)).isEmpty();
  }

  @Test
  void everyFollowedFeedIsPolledOnce() {
    follows.follow(ALICE, NEWS);
    follows.follow(BOB, NEWS);
    follows.follow(BOB, SPORT);

    assertThat(follows.allFeeds()).containsExactlyInAnyOrder(NEWS, SPORT);
  }

  @Test
  void aFollowHasAModeDigestByDefaultThatTheChatCanChange() {
    follows.follow(ALICE, NEWS);
    follows.follow(BOB, NEWS, FeedMode.INSTANT);
    follows.follow(ALICE, SPORT, FeedMode.INSTANT);

    assertThat(follows.followsOf(ALICE))
        .extracting(FeedFollow::feedUrl, FeedFollow::mode)
        .containsExactly(tuple(NEWS, FeedMode.DIGEST), tuple(SPORT, FeedMode.INSTANT));
    assertThat(follows.instantChats(NEWS)).containsExactly(BOB);

    assertThat(follows.changeMode(ALICE_THREAD, NEWS, FeedMode.INSTANT)).isTrue();
    assertThat(follows.changeMode(BOB, SPORT, FeedMode.INSTANT)).isFalse();
    assertThat(follows.follow(ALICE, NEWS, FeedMode.DIGEST)).isFalse();

    assertThat(follows.instantChats(NEWS)).containsExactlyInAnyOrder(ALICE, BOB);
    assertThat(follows.instantChats(SPORT)).containsExactly(ALICE);
    assertThat(follows.feedsOf(BOB)).containsExactly(NEWS);
  }

  @Test
  void everyFollowerSeesTheFeedsLastItem() {
    follows.follow(ALICE, NEWS);
    follows.follow(BOB, NEWS);
    follows.follow(BOB, SPORT);
    Instant at = Instant.parse("2026-03-14T08:05:00Z");

    follows.recordLastItem(NEWS, "Port reopens", at.minusSeconds(60));
    follows.recordLastItem(NEWS, "Ships sail again", at);

    FeedFollow.LastItem last = new FeedFollow.LastItem("Ships sail again", at);
    assertThat(follows.followsOf(ALICE).get(0).lastItem()).contains(last);
    assertThat(follows.followsOf(BOB))
        .extracting(FeedFollow::lastItem)
        .containsExactly(Optional.of(last), Optional.empty());
  }

  @Test
  void unfollowingStopsOnlyThatChat() {
    follows.follow(ALICE, NEWS);
    follows.follow(BOB, NEWS);

    assertThat(follows.unfollow(ALICE, NEWS)).isTrue();
    assertThat(follows.unfollow(ALICE, NEWS)).isFalse();

    assertThat(follows.feedsOf(ALICE)).isEmpty();
    assertThat(follows.allFeeds()).containsExactly(NEWS);
  }
}
