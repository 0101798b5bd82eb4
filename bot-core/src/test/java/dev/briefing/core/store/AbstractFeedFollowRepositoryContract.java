package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
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
  void unfollowingStopsOnlyThatChat() {
    follows.follow(ALICE, NEWS);
    follows.follow(BOB, NEWS);

    assertThat(follows.unfollow(ALICE, NEWS)).isTrue();
    assertThat(follows.unfollow(ALICE, NEWS)).isFalse();

    assertThat(follows.feedsOf(ALICE)).isEmpty();
    assertThat(follows.allFeeds()).containsExactly(NEWS);
  }
}
