package dev.briefing.core.store;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Feed state in memory for the life of the process: tests and single-process runs. */
public final class InMemoryFeedStateStore implements FeedStateStore {
  private final Map<URI, FeedState> states = new ConcurrentHashMap<>();

  @Override
  public Optional<FeedState> load(URI feedUrl) {
    return Optional.ofNullable(states.get(feedUrl));
  }

  @Override
  public void save(FeedState state) {
    states.put(state.feedUrl(), state);
  }

  @Override
  public List<FeedState> all() {
    return List.copyOf(states.values());
  }

  @Override
  public void delete(URI feedUrl) {
    states.remove(feedUrl);
  }
}
