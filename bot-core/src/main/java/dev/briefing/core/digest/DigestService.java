package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composes and delivers digests. A digest lists the articles added since the chat's last delivered
 * digest (every article when it never had one), each with its title, a cited two-sentence summary
 * and its source. Scheduled delivery is exactly-once through the {@link DeliveryLog}. Thread-safe.
 */
public final class DigestService {
  private static final Logger log = LoggerFactory.getLogger(DigestService.class);

  private final DigestComposer composer;
  private final ArticleRepository articles;
  private final SubscriptionRepository subscriptions;
  private final DeliveryLog deliveries;
  private final ChatAdapter chats;
  private final Clock clock;
  private final DigestOptions options;
  private final Function<ChatAddress, Set<ArticleOrigin>> scope;

  /** A digest service whose chats see the articles for everyone and their own. */
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
        chat -> Set.of(ArticleOrigin.everyone(), ArticleOrigin.chat(chat)));
  }

  /**
   * @param scope the article origins each chat sees ({@link dev.briefing.core.chat.ChatScope}
   *     #origins): a digest lists only those
   */
  public DigestService(
      BriefingEngine engine,
      ArticleRepository articles,
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      ChatAdapter chats,
      Clock clock,
      DigestOptions options,
      Function<ChatAddress, Set<ArticleOrigin>> scope) {
    this.scope = scope;
    this.composer = new DigestComposer(engine);
    this.articles = articles;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.chats = chats;
    this.clock = clock;
    this.options = options;
  }

  /**
   * The chat's digest now, times shown in {@code zone}; empty when nothing is new, unless the
   * options ask for the "Nothing new since …" line.
   */
  public Optional<Reply> compose(ChatAddress chat, ZoneId zone) {
    Optional<Instant> since = deliveries.lastDelivered(chat);
    Set<ArticleOrigin> origins = scope.apply(chat);
    List<AnalyzedArticle> fresh =
        since
            .map(s -> articles.findAddedSince(s, origins))
            .orElseGet(() -> articles.findVisible(origins));
    if (!fresh.isEmpty()) {
      return Optional.of(composer.digest(fresh, since, zone));
    }
    return options.sendWhenEmpty()
        ? Optional.of(composer.nothingNew(since, zone))
        : Optional.empty();
  }

  /**
   * The digest a chat asked for ({@code /digest}): as {@link #compose}, but always an answer. It is
   * not recorded in the delivery log, so the next scheduled digest still lists these articles.
   */
  public Reply composeNow(ChatAddress chat, ZoneId zone) {
    return compose(chat, zone)
        .orElseGet(() -> composer.nothingNew(deliveries.lastDelivered(chat), zone));
  }

  /**
   * Delivers the subscription's digest due at {@code scheduledFireTime}, exactly once: only the
   * first caller for that key, on any node, composes and sends it, to the subscription as it is
   * stored now (a chat may have moved). A digest due longer ago than the misfire grace is skipped
   * and logged, recorded as failed with the reason "skipped: late by …"; so is one whose
   * subscription was removed or paused meanwhile. Never throws for a failed send; the failure is
   * logged and recorded.
   *
   * @throws IllegalArgumentException when the subscription never existed
   */
  public DeliveryOutcome deliver(Subscription subscription, Instant scheduledFireTime) {
    long id = subscription.id();
    Instant now = clock.instant();
    if (!deliveries.claim(id, scheduledFireTime, now)) {
      log.debug("Digest of subscription {} due at {} was claimed before", id, scheduledFireTime);
      return DeliveryOutcome.DUPLICATE;
    }
    Optional<Subscription> current = subscriptions.findById(id).filter(s -> !s.paused());
    if (current.isEmpty()) {
      return skip(id, scheduledFireTime, "removed or paused", DeliveryOutcome.CANCELLED);
    }
    Duration late = Duration.between(scheduledFireTime, now);
    if (late.compareTo(options.misfireGrace()) >= 0) {
      String why =
          "late by " + readable(late) + " (grace " + readable(options.misfireGrace()) + ")";
      return skip(id, scheduledFireTime, why, DeliveryOutcome.SKIPPED_LATE);
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
    skip(id, scheduledFireTime, why, DeliveryOutcome.SKIPPED_LATE);
    return true;
  }

  private DeliveryOutcome skip(
      long id, Instant scheduledFireTime, String why, DeliveryOutcome outcome) {
    log.info("Skipped the digest of subscription {} due at {}: {}", id, scheduledFireTime, why);
    deliveries.markFailed(id, scheduledFireTime, clock.instant(), "skipped: " + why);
    return outcome;
  }

  private DeliveryOutcome send(Subscription subscription, Instant scheduledFireTime) {
    long id = subscription.id();
    try {
      Optional<Reply> digest = compose(subscription.chat(), subscription.zone());
      if (digest.isEmpty()) {
        deliveries.markFailed(id, scheduledFireTime, clock.instant(), "skipped: nothing new");
        return DeliveryOutcome.NOTHING_NEW;
      }
      chats.send(subscription.chat(), digest.get());
      deliveries.markSent(id, scheduledFireTime, clock.instant());
      return DeliveryOutcome.SENT;
    } catch (RuntimeException e) {
      log.warn(
          "Failed to deliver the digest of subscription {} to chat {} due at {}",
          id,
          subscription.chat(),
          scheduledFireTime,
          e);
      deliveries.markFailed(id, scheduledFireTime, clock.instant(), "failed: " + e);
      return DeliveryOutcome.FAILED;
    }
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
