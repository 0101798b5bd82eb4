package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes and delivers digests. A digest lists the articles added since the chat's last delivered
 * digest (every article when it never had one), each with its title, a cited two-sentence summary
 * and its source. Scheduled delivery is exactly-once through the {@link DeliveryLog}, as far as a
 * chat platform without idempotent sends allows: a digest is marked sent once the platform accepted
 * it, and a claim whose sender died before recording that is sent again by {@link
 * #recoverAbandoned()} once its lease ran out (so a digest the platform accepted just before its
 * sender was killed goes out twice; nothing is lost). Thread-safe.
 */
public final class DigestService {
  /** How many abandoned digests one recovery pass takes on; the rest wait for the next pass. */
  static final int RECOVERY_BATCH = 100;

  /** A digest whose senders died this many times is given up, in case it is what kills them. */
  static final int MAX_ATTEMPTS = 5;

  private static final Logger log = LoggerFactory.getLogger(DigestService.class);

  private final DigestComposer composer;
  private final ArticleRepository articles;
  private final SubscriptionRepository subscriptions;
  private final DeliveryLog deliveries;
  private final Clock clock;
  private final DigestOptions options;
  private final Function<ChatAddress, Set<ArticleOrigin>> scope;
  private final ChatFilter filter;
  private final Function<ChatAddress, DigestLayout> layouts;
  private final DigestDispatch dispatch;

  /** A digest service whose chats see the articles for everyone and their own; counts nothing. */
  public DigestService(
      BriefingEngine engine,
      ArticleRepository articles,
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      ChatAdapter chats,
      Clock clock,
      DigestOptions options) {
    this(
        engine,
        articles,
        subscriptions,
        deliveries,
        chats,
        clock,
        options,
        chat -> Set.of(ArticleOrigin.everyone(), ArticleOrigin.chat(chat)),
        DigestOutcomes.NONE);
  }

  /**
   * @param scope the article origins each chat sees ({@link dev.briefing.core.chat.ChatScope}
   *     #origins): a digest lists only those
   * @param metrics told every scheduled digest's outcome
   */
  public DigestService(
      BriefingEngine engine,
      ArticleRepository articles,
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      ChatAdapter chats,
      Clock clock,
      DigestOptions options,
      Function<ChatAddress, Set<ArticleOrigin>> scope,
      DigestOutcomes metrics) {
    this(
        engine,
        articles,
        subscriptions,
        deliveries,
        chats,
        clock,
        options,
        scope,
        metrics,
        ChatFilter.NONE);
  }

  /**
   * @param scope the article origins each chat sees ({@link dev.briefing.core.chat.ChatScope}
   *     #origins): a digest lists only those
   * @param metrics told every scheduled digest's outcome
   * @param filter the chats' filters ({@code /filter}): a digest lists only the articles passing
   */
  public DigestService(
      BriefingEngine engine,
      ArticleRepository articles,
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      ChatAdapter chats,
      Clock clock,
      DigestOptions options,
      Function<ChatAddress, Set<ArticleOrigin>> scope,
      DigestOutcomes metrics,
      ChatFilter filter) {
    this(
        engine,
        articles,
        subscriptions,
        deliveries,
        chats,
        clock,
        options,
        scope,
        metrics,
        filter,
        StoryGrouping.NONE,
        chat -> DigestLayout.DEFAULT);
  }

  /**
   * @param grouping groups the articles telling one story into one entry ("also in: …")
   * @param layouts each chat's digest style and size ({@code /digest style|size})
   */
  public DigestService(
      BriefingEngine engine,
      ArticleRepository articles,
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      ChatAdapter chats,
      Clock clock,
      DigestOptions options,
      Function<ChatAddress, Set<ArticleOrigin>> scope,
      DigestOutcomes metrics,
      ChatFilter filter,
      StoryGrouping grouping,
      Function<ChatAddress, DigestLayout> layouts) {
    this.layouts = layouts;
    this.scope = scope;
    this.filter = filter;
    this.composer = new DigestComposer(engine, grouping);
    this.articles = articles;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.clock = clock;
    this.options = options;
    this.dispatch = new DigestDispatch(deliveries, chats, clock, metrics, options.sendWait());
  }

  /** The options it runs with: the scheduler reads the recovery interval from them. */
  public DigestOptions options() {
    return options;
  }

  /**
   * The chat's digest now, times shown in {@code zone}: the new articles that pass the chat's
   * filters, with a line saying how many the filters held back. Empty when nothing is new or
   * passes, unless the options ask for the "Nothing new since …" line.
   */
  public Optional<Reply> compose(ChatAddress chat, ZoneId zone) {
    return compose(chat, zone, options.sendWhenEmpty());
  }

  /**
   * The digest a chat asked for ({@code /digest}): as {@link #compose}, but always an answer. It is
   * not recorded in the delivery log, so the next scheduled digest still lists these articles.
   */
  public Reply composeNow(ChatAddress chat, ZoneId zone) {
    return compose(chat, zone, true).orElseThrow();
  }

  private Optional<Reply> compose(ChatAddress chat, ZoneId zone, boolean whenEmpty) {
    Optional<Instant> since = deliveries.lastDelivered(chat);
    Set<ArticleOrigin> origins = scope.apply(chat);
    List<AnalyzedArticle> fresh =
        since
            .map(s -> articles.findAddedSince(s, origins))
            .orElseGet(() -> articles.findVisible(origins));
    ChatFilter.Active active = filter.active(chat);
    List<AnalyzedArticle> passing = fresh.stream().filter(active.passes()).toList();
    if (!passing.isEmpty()) {
      Reply digest = composer.digest(passing, since, zone, layouts.apply(chat));
      return Optional.of(FilterNotes.noted(digest, passing.size(), fresh.size(), active));
    }
    if (!whenEmpty) {
      return Optional.empty();
    }
    return Optional.of(
        fresh.isEmpty()
            ? composer.nothingNew(since, zone)
            : FilterNotes.nothingMatched(fresh.size(), active, since, zone));
  }

  /**
   * Delivers the subscription's digest due at {@code scheduledFireTime}, once: only the first
   * caller for that key, on any node, composes and sends it, to the subscription as it is stored
   * now (a chat may have moved), and waits (at most {@link DigestOptions#sendWait()}) until the
   * platform accepted it. A digest due longer ago than the misfire grace is skipped and logged,
   * recorded as skipped with the reason "late by …"; so is one whose subscription was removed or
   * paused meanwhile. Never throws for a failed send; the failure is logged and recorded.
   *
   * @throws IllegalArgumentException when the subscription never existed
   */
  public DeliveryOutcome deliver(Subscription subscription, Instant scheduledFireTime) {
    long id = subscription.id();
    Instant now = clock.instant();
    if (!deliveries.claim(id, scheduledFireTime, now)) {
      log.debug("Digest of subscription {} due at {} was claimed before", id, scheduledFireTime);
      return dispatch.counted(DeliveryOutcome.DUPLICATE);
    }
    Optional<Subscription> current = active(id);
    if (current.isEmpty()) {
      return dispatch.skip(id, scheduledFireTime, "removed or paused", DeliveryOutcome.CANCELLED);
    }
    Duration late = Duration.between(scheduledFireTime, now);
    if (late.compareTo(options.misfireGrace()) >= 0) {
      String why =
          "late by " + readable(late) + " (grace " + readable(options.misfireGrace()) + ")";
      return dispatch.skip(id, scheduledFireTime, why, DeliveryOutcome.SKIPPED_LATE);
    }
    return send(current.get(), scheduledFireTime);
  }

  /**
   * Records that the digest of subscription {@code id} due at {@code scheduledFireTime} was missed
   * (the scheduler was down or too busy for longer than the grace), so it is never sent late; logs
   * it once. Does nothing when that digest was already claimed.
   *
   * @return whether this call recorded it
   */
  public boolean skipMissed(long id, Instant scheduledFireTime, String why) {
    if (!deliveries.claim(id, scheduledFireTime, clock.instant())) {
      return false;
    }
    dispatch.skip(id, scheduledFireTime, why, DeliveryOutcome.SKIPPED_LATE);
    return true;
  }

  /**
   * One recovery pass: sends the digests whose claim was handed back, or is older than the claim
   * lease (its sender died: kill -9, a lost node), taking each over with a compare-and-set so that
   * of racing passes, on any node, one sends it. Such a digest was due and claimed in time, so it
   * is sent however late it now is, unless its subscription was removed or paused meanwhile.
   * Schedulers run a pass at start and every {@link DigestOptions#recoveryInterval()}.
   *
   * @return the outcome of each abandoned digest this pass looked at
   */
  public List<DeliveryOutcome> recoverAbandoned() {
    Instant staleBefore = clock.instant().minus(options.claimLease());
    List<DeliveryOutcome> outcomes = new ArrayList<>();
    for (Delivery abandoned : deliveries.abandoned(staleBefore, RECOVERY_BATCH)) {
      outcomes.add(recover(abandoned, staleBefore));
    }
    return outcomes;
  }

  private DeliveryOutcome recover(Delivery abandoned, Instant staleBefore) {
    long id = abandoned.subscriptionId();
    Instant due = abandoned.scheduledFireTime();
    if (!deliveries.reclaim(id, due, clock.instant(), staleBefore)) {
      return dispatch.counted(DeliveryOutcome.DUPLICATE);
    }
    log.info(
        "Recovering the digest of subscription {} due at {}: {} (attempt {})",
        id,
        due,
        abandoned.status() == DeliveryStatus.RELEASED ? "handed back" : "its sender stopped",
        abandoned.attempts() + 1);
    Optional<Subscription> current = active(id);
    if (current.isEmpty()) {
      return dispatch.skip(id, due, "removed or paused", DeliveryOutcome.CANCELLED);
    }
    if (abandoned.attempts() >= MAX_ATTEMPTS) {
      String why = "gave up after " + abandoned.attempts() + " senders stopped while sending it";
      return dispatch.failed(id, due, current.get().chat(), why, null);
    }
    return send(current.get(), due);
  }

  private Optional<Subscription> active(long id) {
    return subscriptions.findById(id).filter(s -> !s.paused());
  }

  private DeliveryOutcome send(Subscription subscription, Instant scheduledFireTime) {
    long id = subscription.id();
    Optional<Reply> digest;
    try {
      digest = compose(subscription.chat(), subscription.zone());
    } catch (RuntimeException e) {
      return dispatch.failed(id, scheduledFireTime, subscription.chat(), "failed: " + e, e);
    }
    if (digest.isEmpty()) {
      return dispatch.skip(id, scheduledFireTime, "nothing new", DeliveryOutcome.NOTHING_NEW);
    }
    return dispatch.send(id, scheduledFireTime, subscription.chat(), digest.get());
  }

  /** "1 h 5 min", "16 min", "40 s": for log lines and failure reasons. */
  static String readable(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
  }
}
