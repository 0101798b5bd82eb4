package dev.briefing.app.intake;

import dev.briefing.core.AnalyzedArticle;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
 *
 * <p>Each tick's new articles go, by feed, to {@code newItems} (the instant posts) once stored. So
 * does a probe's, but only for a feed polled before: a feed first read by {@code /feed add} gives
 * its backlog, which is listed in /articles rather than posted. A feed first read by a tick (the
 * configuration's, or one followed from an OPML file) has its backlog posted, more than five items
 * as one listing message.
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
  private final Consumer<Map<String, List<AnalyzedArticle>>> newItems;

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
    this(poller, follows, configured, articles, engine, clock, fresh -> {});
  }

  /**
   * @param configured the configuration's feeds, whose items are for every chat
   * @param newItems told each tick's stored new articles by feed address (each feed's in feed
   *     order): {@link dev.briefing.core.digest.InstantPosts#post}
   */
  public FeedIntake(
      FeedPoller poller,
      FeedFollowRepository follows,
      List<URI> configured,
      ArticleRepository articles,
      BriefingEngine engine,
      Clock clock,
      Consumer<Map<String, List<AnalyzedArticle>>> newItems) {
    this.newItems = newItems;
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
    Map<String, List<AnalyzedArticle>> stored = new LinkedHashMap<>();
    for (Map.Entry<URI, List<Article>> fresh : poller.pollDueByFeed(clock.instant()).entrySet()) {
      stored.put(fresh.getKey().toString(), store(fresh.getKey(), fresh.getValue()));
    }
    announce(stored);
  }

  /** Hands the stored articles on; a failure there never stops the feed intake. */
  private void announce(Map<String, List<AnalyzedArticle>> stored) {
    if (stored.isEmpty()) {
      return;
    }
    try {
      newItems.accept(stored);
    } catch (RuntimeException e) {
      log.warn("New feed items not posted: {}", e.toString(), e);
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
      boolean polledBefore = poller.status(feed).isPresent();
      CheckedFeed read = poller.check(feed);
      List<AnalyzedArticle> stored = store(feed, read.articles());
      if (polledBefore && !stored.isEmpty()) {
        announce(Map.of(feedUrl, stored));
      }
      return FeedCheck.read(read.title().orElse(""), read.items());
    } catch (BriefingException e) {
      log.info("Feed {} could not be read for a chat: {}", feed, e.getMessage());
      return FeedCheck.failed(e.getMessage());
    }
  }

  /** Stores the new articles of a feed and records its newest as the feed's last item. */
  private List<AnalyzedArticle> store(URI feed, List<Article> fresh) {
    ArticleOrigin origin =
        configured.contains(feed) ? ArticleOrigin.everyone() : ArticleOrigin.feed(feed.toString());
    List<AnalyzedArticle> stored = new ArrayList<>(fresh.size());
    for (Article article : fresh) {
      AnalyzedArticle analyzed = engine.analyze(article);
      articles.save(analyzed, origin);
      stored.add(analyzed);
    }
    if (!fresh.isEmpty()) {
      follows.recordLastItem(feed.toString(), fresh.get(0).title(), clock.instant());
    }
    log.info("Feed {}: {} new articles", feed, fresh.size());
    return stored;
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
