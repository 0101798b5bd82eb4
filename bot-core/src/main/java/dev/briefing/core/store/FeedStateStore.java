package dev.briefing.core.store;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Port: where polled feeds and their polling state live between polls and restarts, so a restart or
 * another instance neither re-reads a feed's old items nor forgets its back-off. {@link
 * InMemoryFeedStateStore} for one process; a JDBC store for clusters. Every implementation must
 * pass {@code AbstractFeedStateStoreContract} from bot-core's test-jar. Implementations are
 * thread-safe.
 */
public interface FeedStateStore {
  /** The state of one feed, if it is known. */
  Optional<FeedState> load(URI feedUrl);

  /** Inserts or replaces the state of {@code state.feedUrl()}. */
  void save(FeedState state);

  /** Every known feed, in no particular order. */
  List<FeedState> all();

  /** Forgets a feed; nothing happens when it is unknown. */
  void delete(URI feedUrl);
}
