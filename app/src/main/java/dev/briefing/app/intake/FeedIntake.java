package dev.briefing.app.intake;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.model.Article;
import dev.briefing.core.store.FeedFollowRepository;
import dev.briefing.sources.feed.FeedPoller;
import dev.briefing.sources.feed.FeedStatus;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the followed feeds: keeps the poller's feeds in step with what chats follow (and the
 * configured feeds), polls those that are due, and stores their new items as articles of their feed
 * (a configured feed's are for everyone). Runs as a periodic task, one node at a time.
 */
public final class FeedIntake implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(FeedIntake.class);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final FeedPoller poller;
  private final FeedFollowRepository follows;
  private final Set<URI> configured;
  private final ArticleRepository articles;
  private final BriefingEngine engine;
  private final Clock clock;

  /**
   * @param configured the configuration's feeds, whose items are for every chat
   */
  public FeedIntake(
      FeedPoller poller,
      FeedFollowRepository follows,
      List<URI> configured,
      ArticleRepository articles,
      BriefingEngine engine,
      Clock clock) {
    this.poller = poller;
    this.follows = follows;
    this.configured = Set.copyOf(configured);
    this.articles = articles;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public void run() {
    Set<URI> wanted = new LinkedHashSet<>(configured);
    follows.allFeeds().forEach(url -> wanted.add(URI.create(url)));
    for (URI feed : wanted) {
      try {
        poller.subscribe(feed);
      } catch (RuntimeException e) {
        log.warn("Not polling feed {}: {}", feed, e.getMessage());
      }
    }
    for (FeedStatus status : poller.statuses()) {
      if (!wanted.contains(status.feedUrl())) {
        poller.unsubscribe(status.feedUrl());
      }
    }
    for (Map.Entry<URI, List<Article>> fresh : poller.pollDueByFeed(clock.instant()).entrySet()) {
      ArticleOrigin origin =
          configured.contains(fresh.getKey())
              ? ArticleOrigin.everyone()
              : ArticleOrigin.feed(fresh.getKey().toString());
      for (Article article : fresh.getValue()) {
        articles.save(engine.analyze(article), origin);
      }
      log.info("Feed {}: {} new articles", fresh.getKey(), fresh.getValue().size());
    }
  }

  /** "failing since 3 tries: timeout; next try 28 Nov 14:05 UTC", while the feed fails. */
  public Optional<String> problem(String feedUrl) {
    return poller
        .status(URI.create(feedUrl))
        .filter(FeedStatus::failing)
        .map(
            s ->
                "failing ("
                    + s.consecutiveFailures()
                    + (s.consecutiveFailures() == 1 ? " try" : " tries")
                    + s.lastError().map(e -> ": " + e).orElse("")
                    + "); next try "
                    + TIME.format(s.nextAttempt()));
  }
}
