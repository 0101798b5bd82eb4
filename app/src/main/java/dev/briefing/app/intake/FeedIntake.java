package dev.briefing.app.intake;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.chat.FeedCheck;
import dev.briefing.core.chat.FeedProbe;
import dev.briefing.core.model.Article;
import dev.briefing.core.store.FeedFollowRepository;
import dev.briefing.sources.feed.CheckedFeed;
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
 *
 * <p>As the {@link FeedProbe} of {@code /feed add} it reads one feed at once, on the chat's thread,
 * storing its new items the same way. That read may overlap a periodic poll of the same feed: both
 * then store the same articles under the same ids, which replaces rather than duplicates them.
 */
public final class FeedIntake implements Runnable, FeedProbe {
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
      store(fresh.getKey(), fresh.getValue());
    }
  }

  /** Reads the feed now and stores its new items; a failure is returned with its reason. */
  @Override
  public FeedCheck check(String feedUrl) {
    URI feed;
    try {
      feed = URI.create(feedUrl);
    } catch (IllegalArgumentException e) {
      return FeedCheck.failed("that is not a web address");
    }
    try {
      CheckedFeed read = poller.check(feed);
      store(feed, read.articles());
      return FeedCheck.read(read.title().orElse(""), read.items());
    } catch (BriefingException e) {
      log.info("Feed {} could not be read for a chat: {}", feed, e.getMessage());
      return FeedCheck.failed(e.getMessage());
    }
  }

  private void store(URI feed, List<Article> fresh) {
    ArticleOrigin origin =
        configured.contains(feed) ? ArticleOrigin.everyone() : ArticleOrigin.feed(feed.toString());
    for (Article article : fresh) {
      articles.save(engine.analyze(article), origin);
    }
    log.info("Feed {}: {} new articles", feed, fresh.size());
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
