package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Article;
import dev.briefing.core.store.FeedFollowRepository;
import dev.briefing.core.store.InstantPostLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the new items of feeds that chats follow in instant mode ({@code /feed add <url> instant}).
 * For each such chat, one poll's new articles of its instant feeds that pass its {@link ChatFilter}
 * are grouped into stories ({@link StoryGrouping}, across the feeds of that poll); each story is
 * claimed in the {@link InstantPostLog} before it is sent, so no chat gets an item twice, across
 * restarts and instances (at most once: see the log). Up to {@value #MAX_POSTS} stories go out as
 * one post each, as a digest entry with "Also in: …"; more become one message listing them. Sent
 * with {@link ChatAdapter#deliver}, so the platform's outbound queue paces them. Thread-safe.
 */
public final class InstantPosts {
  /** More stories than this from one poll for one chat become one listing message. */
  static final int MAX_POSTS = 5;

  /** A story posted to a chat is not posted again, from another feed, for this long. */
  public static final Duration STORY_WINDOW = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(InstantPosts.class);

  private final DigestComposer composer;
  private final FeedFollowRepository follows;
  private final InstantPostLog posted;
  private final ChatAdapter chats;
  private final ChatFilter filter;
  private final StoryGrouping grouping;
  private final Clock clock;
  private final Function<String, Optional<AnalyzedArticle>> articles;

  /** Groups stories within one poll only. */
  public InstantPosts(
      BriefingEngine engine,
      FeedFollowRepository follows,
      InstantPostLog posted,
      ChatAdapter chats,
      ChatFilter filter,
      StoryGrouping grouping,
      Clock clock) {
    this(engine, follows, posted, chats, filter, grouping, clock, id -> Optional.empty());
  }

  /**
   * @param articles finds a stored article by id: what was posted to a chat in the last {@link
   *     #STORY_WINDOW}, so a story another feed tells again within it is not posted again
   */
  public InstantPosts(
      BriefingEngine engine,
      FeedFollowRepository follows,
      InstantPostLog posted,
      ChatAdapter chats,
      ChatFilter filter,
      StoryGrouping grouping,
      Clock clock,
      Function<String, Optional<AnalyzedArticle>> articles) {
    this.articles = articles;
    this.composer = new DigestComposer(engine);
    this.follows = follows;
    this.posted = posted;
    this.chats = chats;
    this.filter = filter;
    this.grouping = grouping;
    this.clock = clock;
  }

  /**
   * Posts one poll's new articles, by feed address (each feed's newest first), to the chats that
   * follow those feeds in instant mode. Never throws for a failed send; it is logged.
   */
  public void post(Map<String, List<AnalyzedArticle>> newByFeed) {
    Map<ChatAddress, List<AnalyzedArticle>> byChat = new LinkedHashMap<>();
    newByFeed.forEach(
        (feed, fresh) -> {
          if (!fresh.isEmpty()) {
            for (ChatAddress chat : follows.instantChats(feed)) {
              byChat.computeIfAbsent(chat, c -> new ArrayList<>()).addAll(fresh);
            }
          }
        });
    byChat.forEach(this::postTo);
  }

  private void postTo(ChatAddress chat, List<AnalyzedArticle> fresh) {
    ChatFilter.Active active = filter.active(chat); // the chat's filters, read once
    List<AnalyzedArticle> passing = distinct(fresh).stream().filter(active.passes()).toList();
    Instant now = clock.instant();
    List<AnalyzedArticle> earlier = postedWithin(chat, now, passing);
    Set<String> told = new HashSet<>();
    earlier.forEach(a -> told.add(a.article().id()));
    List<AnalyzedArticle> pool = new ArrayList<>(passing);
    pool.addAll(earlier);
    List<Story> claimed = new ArrayList<>();
    for (Story story : grouping.group(pool)) {
      List<AnalyzedArticle> members = new ArrayList<>(story.alsoIn());
      members.add(0, story.lead());
      if (members.stream().anyMatch(a -> told.contains(a.article().id()))) {
        // told within the window: its new articles are claimed, not posted again
        members.forEach(a -> posted.claim(chat, a.article().id(), now));
        continue;
      }
      if (posted.claim(chat, story.lead().article().id(), now)) {
        story.alsoIn().forEach(other -> posted.claim(chat, other.article().id(), now));
        claimed.add(story);
      }
    }
    if (claimed.size() > MAX_POSTS) {
      send(chat, listing(claimed), claimed.size() + " stories");
    } else {
      // oldest first, so the chat reads them in the order they were published
      for (int i = claimed.size() - 1; i >= 0; i--) {
        Story story = claimed.get(i);
        send(chat, composer.post(story.lead(), alsoIn(story)), story.lead().article().id());
      }
    }
  }

  private void send(ChatAddress chat, Reply reply, String what) {
    try {
      chats
          .deliver(chat, reply)
          .whenComplete(
              (ok, failure) -> {
                if (failure != null) {
                  log.warn(
                      "Instant post of {} to {} not delivered: {}", what, chat, failure.toString());
                }
              });
    } catch (RuntimeException e) {
      log.warn("Instant post of {} to {} failed", what, chat, e);
    }
  }

  /** The stories posted to {@code chat} within the window, other than those in {@code fresh}. */
  private List<AnalyzedArticle> postedWithin(
      ChatAddress chat, Instant now, List<AnalyzedArticle> fresh) {
    Set<String> freshIds = new HashSet<>();
    fresh.forEach(a -> freshIds.add(a.article().id()));
    List<AnalyzedArticle> earlier = new ArrayList<>();
    for (String id : posted.claimedSince(chat, now.minus(STORY_WINDOW))) {
      if (!freshIds.contains(id)) {
        articles.apply(id).ifPresent(earlier::add);
      }
    }
    return earlier;
  }

  /** One message for many new stories: each title and link. */
  static Reply listing(List<Story> stories) {
    StringBuilder text = new StringBuilder(stories.size() + " new items from your instant feeds:");
    for (int i = 0; i < stories.size(); i++) {
      Article article = stories.get(i).lead().article();
      text.append("\n").append(i + 1).append(". ").append(article.title());
      article.source().ifPresent(link -> text.append("\n").append(link));
    }
    return Reply.text(text.toString());
  }

  /** "Also in: ledger.example, wire.example" for a story other feeds told too; else empty. */
  static String alsoIn(Story story) {
    String line = StorySources.alsoIn(story);
    return line.isEmpty() ? "" : "A" + line.substring(1);
  }

  /** The same article from two feeds (the same id) counts once. */
  private static List<AnalyzedArticle> distinct(List<AnalyzedArticle> articles) {
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.putIfAbsent(a.article().id(), a));
    return new ArrayList<>(new LinkedHashSet<>(byId.values()));
  }
}
