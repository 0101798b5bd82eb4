package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link FeedStateStore} must have; extend it with a fresh, empty store. */
public abstract class AbstractFeedStateStoreContract {
  private static final URI FEED = URI.create("https://news.example.test/rss");
  private static final URI OTHER = URI.create("https://other.example.test/atom.xml");
  private static final Instant NOW = Instant.parse("2025-03-14T08:00:00Z");

  private FeedStateStore store;

  /** A store with no feeds in it. */
  protected abstract FeedStateStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void knowsNothingOfAFeedNeverSaved() {
    assertThat(store.load(FEED)).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void returnsEveryFieldAsSaved() {
    FeedState state =
        new FeedState(
            FEED,
            new CacheValidators(
                Optional.of("\"v42\""), Optional.of("Fri, 14 Mar 2025 07:00:00 GMT")),
            List.of("guid:a-1", "link:https://news.example.test/a", "hash:0f3c"),
            2,
            Optional.of("news.example.test did not answer within 15 s"),
            NOW.plusSeconds(120));

    store.save(state);

    assertThat(store.load(FEED)).contains(state);
  }

  @Test
  void keepsSeenKeysInTheirOrder() {
    List<String> keys = List.of("hash:3", "guid:1", "link:https://news.example.test/2");
    store.save(FeedState.fresh(FEED, NOW).succeeded(CacheValidators.NONE, keys, NOW, 100));

    assertThat(store.load(FEED).orElseThrow().seenKeys()).containsExactlyElementsOf(keys);
  }

  @Test
  void replacesTheStateOnASecondSave() {
    store.save(FeedState.fresh(FEED, NOW).failed("timeout", NOW.plusSeconds(60)));
    FeedState recovered =
        store
            .load(FEED)
            .orElseThrow()
            .succeeded(
                new CacheValidators(Optional.of("e1"), Optional.empty()),
                List.of("guid:x"),
                NOW.plusSeconds(900),
                100);

    store.save(recovered);

    assertThat(store.load(FEED)).contains(recovered);
    assertThat(store.load(FEED).orElseThrow().lastError()).isEmpty();
    assertThat(store.all()).hasSize(1);
  }

  @Test
  void listsEveryFeedAndForgetsADeletedOne() {
    store.save(FeedState.fresh(FEED, NOW));
    store.save(FeedState.fresh(OTHER, NOW));

    store.delete(FEED);
    store.delete(URI.create("https://never.saved.test/feed"));

    assertThat(store.all()).extracting(FeedState::feedUrl).containsExactly(OTHER);
  }
}
