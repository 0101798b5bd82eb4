package dev.briefing.web.status;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.schedule.NextFireTime;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryLog;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.FeedFollowRepository;
import dev.briefing.core.store.FeedState;
import dev.briefing.core.store.FeedStateStore;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status page's tables, read from the core's ports: the active subscriptions with their next
 * and last digest, the feeds with their health, and the digests that failed in the last week.
 */
public final class StatusTables {
  /** How far back failed digests are listed. */
  static final Duration FAILURES_SINCE = Duration.ofDays(7);

  static final int MAX_FAILURES = 50;

  /** How far back the last recorded digest of a subscription is looked for. */
  static final Duration LAST_OUTCOME_WITHIN = Duration.ofDays(8);

  private final SubscriptionRepository subscriptions;
  private final DeliveryLog deliveries;
  private final FeedFollowRepository follows;
  private final FeedStateStore feeds;
  private final Clock clock;

  public StatusTables(
      SubscriptionRepository subscriptions,
      DeliveryLog deliveries,
      FeedFollowRepository follows,
      FeedStateStore feeds,
      Clock clock) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.follows = follows;
    this.feeds = feeds;
    this.clock = clock;
  }

  /** Every active subscription, oldest first. */
  public List<SubscriptionRow> subscriptions() {
    Instant now = clock.instant();
    return subscriptions.findAllActive().stream().map(s -> subscriptionRow(s, now)).toList();
  }

  private SubscriptionRow subscriptionRow(Subscription s, Instant now) {
    List<Instant> fired = fireTimes(s, now.minus(LAST_OUTCOME_WITHIN), now);
    Optional<Delivery> last = Optional.empty();
    for (int i = fired.size() - 1; i >= 0 && last.isEmpty(); i--) {
      last = deliveries.find(s.id(), fired.get(i));
    }
    return new SubscriptionRow(
        s.id(),
        chat(s.chat()),
        SubscriptionRow.schedule(s),
        s.zone().getId(),
        NextFireTime.after(s, now).atZone(s.zone()),
        last.map(d -> outcome(d)).orElse("none in the last week"));
  }

  /** Every feed someone follows or the poller knows, by address. */
  public List<FeedRow> feeds() {
    Map<String, Optional<FeedState>> all = new LinkedHashMap<>();
    follows.allFeeds().stream().sorted().forEach(f -> all.put(f, Optional.empty()));
    for (FeedState state : feeds.all()) {
      all.put(state.feedUrl().toString(), Optional.of(state));
    }
    List<FeedRow> rows = new ArrayList<>();
    all.forEach(
        (url, state) -> {
          Optional<FeedState> known = state.or(() -> load(url));
          int instant = follows.instantChats(url).size();
          rows.add(FeedRow.of(url, known, instant));
        });
    rows.sort(Comparator.comparing(FeedRow::url));
    return rows;
  }

  private Optional<FeedState> load(String url) {
    try {
      return feeds.load(URI.create(url));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Digests of active subscriptions that failed in the last week, newest first. */
  public List<FailureRow> recentFailures() {
    Instant now = clock.instant();
    List<FailureRow> rows = new ArrayList<>();
    for (Subscription s : subscriptions.findAllActive()) {
      for (Instant at : fireTimes(s, now.minus(FAILURES_SINCE), now)) {
        deliveries
            .find(s.id(), at)
            .filter(d -> d.status() == DeliveryStatus.FAILED)
            .ifPresent(d -> rows.add(FailureRow.of(chat(s.chat()), d)));
      }
    }
    rows.sort(Comparator.comparing(FailureRow::due).reversed());
    return rows.size() > MAX_FAILURES ? List.copyOf(rows.subList(0, MAX_FAILURES)) : rows;
  }

  /** The subscription's fire times after {@code from}, up to and including {@code to}. */
  private static List<Instant> fireTimes(Subscription s, Instant from, Instant to) {
    List<Instant> times = new ArrayList<>();
    Instant start = from.isBefore(s.createdAt()) ? s.createdAt() : from;
    for (Instant t = NextFireTime.after(s, start); !t.isAfter(to); t = NextFireTime.after(s, t)) {
      times.add(t);
    }
    return times;
  }

  private static String outcome(Delivery d) {
    String status = d.status().name().toLowerCase(java.util.Locale.ROOT);
    return d.failureReason().map(r -> status + ": " + r).orElse(status);
  }

  static String chat(ChatAddress chat) {
    return chat.platform() + ":" + chat.chatId() + chat.threadId().map(t -> "/" + t).orElse("");
  }
}
