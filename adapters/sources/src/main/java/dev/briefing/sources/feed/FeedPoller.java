package dev.briefing.sources.feed;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.core.store.CacheValidators;
import dev.briefing.core.store.FeedState;
import dev.briefing.core.store.FeedStateStore;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.FetchedPage;
import dev.briefing.sources.web.HttpPageFetcher;
import dev.briefing.sources.web.PageFetcher;
import dev.briefing.sources.web.UrlArticleSource;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls subscribed RSS/Atom feeds and returns the articles behind new items. Conditional GETs (a
 * 304 means nothing new); items de-duplicated by guid, link and content hash; failing feeds back
 * off instead of being retried on every tick. Schedules nothing itself: call {@link
 * #pollDue(Instant)} from a scheduler. Polls of one feed must not run concurrently.
 */
public final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  private final PageFetcher fetcher;
  private final FeedReader feeds;
  private final FeedItemArticles items;
  private final FeedStateStore store;
  private final FeedSettings settings;
  private final Clock clock;

  public FeedPoller(
      PageFetcher fetcher,
      FeedReader feeds,
      UrlArticleSource pages,
      ArticleAssembler assembler,
      FeedStateStore store,
      FeedSettings settings,
      Clock clock) {
    this.fetcher = fetcher;
    this.feeds = feeds;
    this.items = new FeedItemArticles(pages, assembler);
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** Starts following a feed, due at once; a feed already followed keeps its state. */
  public void subscribe(URI feedUrl) {
    URI url = HttpPageFetcher.checkScheme(feedUrl);
    if (store.load(url).isEmpty()) {
      store.save(FeedState.fresh(url, clock.instant()));
    }
  }

  public void unsubscribe(URI feedUrl) {
    store.delete(feedUrl);
  }

  /** Polls every feed whose next attempt is at or before {@code now}. */
  public List<Article> pollDue(Instant now) {
    List<Article> articles = new ArrayList<>();
    pollDueByFeed(now).values().forEach(articles::addAll);
    return articles;
  }

  /** As {@link #pollDue}, each feed's new articles under its address (feeds with none left out). */
  public Map<URI, List<Article>> pollDueByFeed(Instant now) {
    Map<URI, List<Article>> byFeed = new LinkedHashMap<>();
    for (FeedState state : store.all()) {
      if (!state.nextAttempt().isAfter(now)) {
        List<Article> articles = poll(state, now);
        if (!articles.isEmpty()) {
          byFeed.put(state.feedUrl(), articles);
        }
      }
    }
    return byFeed;
  }

  /**
   * Polls one feed now, due or not (subscribing it if needed). A failure is recorded in its {@link
   * #status}, not thrown.
   */
  public List<Article> poll(URI feedUrl) {
    subscribe(feedUrl);
    return poll(store.load(feedUrl).orElseThrow(), clock.instant());
  }

  /**
   * Reads a feed now, due or not and without a conditional GET, so the caller learns its title and
   * size ({@code /feed add}'s check); subscribes it if needed. New items become articles as in a
   * poll, and the next poll waits the usual interval.
   *
   * @throws BriefingException why the feed could not be read, also recorded in its {@link #status}
   */
  public CheckedFeed check(URI feedUrl) {
    subscribe(feedUrl);
    FeedState state = store.load(feedUrl).orElseThrow();
    Instant now = clock.instant();
    try {
      FetchedPage page = fetcher.fetch(state.feedUrl());
      FeedDocument feed = feeds.parse(state.feedUrl(), page.body());
      List<Article> articles = readNew(state, feed.items(), page.validators(), now);
      return new CheckedFeed(feed.title(), feed.items().size(), articles);
    } catch (BriefingException e) {
      recordFailure(state, e.getMessage(), now);
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("feed {}: unexpected failure", feedUrl, e);
      recordFailure(state, "unexpected error: " + e, now);
      throw new BriefingException("unexpected error reading " + feedUrl, e);
    }
  }

  public Optional<FeedStatus> status(URI feedUrl) {
    return store.load(feedUrl).map(FeedStatus::of);
  }

  public List<FeedStatus> statuses() {
    return store.all().stream().map(FeedStatus::of).toList();
  }

  private List<Article> poll(FeedState state, Instant now) {
    URI url = state.feedUrl();
    try {
      FetchedPage page = fetcher.fetch(url, state.validators());
      if (page.notModified()) {
        Instant next = now.plus(settings.pollInterval());
        store.save(state.succeeded(state.validators(), List.of(), next, settings.maxSeenKeys()));
        return List.of();
      }
      return readNew(state, feeds.read(url, page.body()), page.validators(), now);
    } catch (BriefingException e) {
      recordFailure(state, e.getMessage(), now);
    } catch (RuntimeException e) {
      LOG.warn("feed {}: unexpected failure", url, e);
      recordFailure(state, "unexpected error: " + e, now);
    }
    return List.of();
  }

  /** The articles behind the items not seen before; records them as seen, and the success. */
  private List<Article> readNew(
      FeedState state, List<FeedItem> all, CacheValidators validators, Instant now) {
    List<String> newKeys = new ArrayList<>();
    List<FeedItem> fresh = newItems(state, all, newKeys);
    List<Article> articles = new ArrayList<>();
    for (FeedItem item : fresh.subList(0, Math.min(fresh.size(), settings.maxItemsPerPoll()))) {
      items.article(state.feedUrl(), item).ifPresent(articles::add);
    }
    Instant next = now.plus(settings.pollInterval());
    store.save(state.succeeded(validators, newKeys, next, settings.maxSeenKeys()));
    return articles;
  }

  /** Items none of whose keys was seen before, or earlier in this same feed document. */
  private static List<FeedItem> newItems(FeedState state, List<FeedItem> all, List<String> keys) {
    Set<String> seen = new HashSet<>(state.seenKeys());
    List<FeedItem> fresh = new ArrayList<>();
    for (FeedItem item : all) {
      List<String> itemKeys = item.dedupKeys();
      if (itemKeys.stream().noneMatch(seen::contains)) {
        fresh.add(item);
      }
      // every key is remembered, so a later rewrite of the guid or link still matches the others
      for (String key : itemKeys) {
        if (seen.add(key)) {
          keys.add(key);
        }
      }
    }
    return fresh;
  }

  private void recordFailure(FeedState state, String error, Instant now) {
    int failures = state.consecutiveFailures() + 1;
    Instant next = now.plus(settings.backoffAfter(failures));
    LOG.info(
        "feed {} failed {} time(s): {}; next attempt {}", state.feedUrl(), failures, error, next);
    store.save(state.failed(error, next));
  }
}
