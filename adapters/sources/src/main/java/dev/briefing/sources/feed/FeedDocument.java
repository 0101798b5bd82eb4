package dev.briefing.sources.feed;

import java.util.List;
import java.util.Optional;

/**
 * A parsed RSS or Atom document.
 *
 * @param title the feed's own title, if it has one
 * @param items its items, in document order
 */
public record FeedDocument(Optional<String> title, List<FeedItem> items) {
  public FeedDocument {
    title = title == null ? Optional.empty() : title.map(String::strip).filter(t -> !t.isEmpty());
    items = List.copyOf(items);
  }
}
