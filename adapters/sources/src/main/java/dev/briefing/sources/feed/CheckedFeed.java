package dev.briefing.sources.feed;

import dev.briefing.core.model.Article;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FeedPoller#check} read.
 *
 * @param title the feed's own title, if it has one
 * @param items how many items the feed lists now
 * @param articles the articles behind the items not seen before
 */
public record CheckedFeed(Optional<String> title, int items, List<Article> articles) {
  public CheckedFeed {
    title = title == null ? Optional.empty() : title;
    if (items < 0) {
      throw new IllegalArgumentException("items must be >= 0, was " + items);
    }
    articles = List.copyOf(articles);
  }
}
