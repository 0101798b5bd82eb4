package dev.briefing.quartz;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.JdbcArticleRepository;
import dev.briefing.storage.JdbcDeliveryLog;
import dev.briefing.storage.JdbcSubscriptionRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One bot node for scheduler tests: the JDBC repositories, a digest service and a Quartz scheduler
 * on a shared database. Its scheduler's clock runs {@code behind} the real one, so a subscription
 * for the current minute gets a cron trigger whose first firing is just past: Quartz fires it at
 * once, as it catches up on a digest late by less than the grace.
 */
final class Node implements AutoCloseable {
  static final Duration BEHIND = Duration.ofMinutes(2);

  final JdbcSubscriptionRepository subscriptions;
  final JdbcDeliveryLog deliveries;
  final JdbcArticleRepository articles;
  final DigestService digests;
  final QuartzDigestScheduler scheduler;
  private final FakeBriefingEngine engine = new FakeBriefingEngine();

  Node(DataSource dataSource, ChatAdapter chats, QuartzSettings settings, Duration behind) {
    this(dataSource, chats, settings, Clock.offset(Clock.systemUTC(), behind.negated()));
  }

  /** A node whose new schedules start at {@code scheduling}'s time. */
  Node(DataSource dataSource, ChatAdapter chats, QuartzSettings settings, Clock scheduling) {
    this(dataSource, chats, settings, scheduling, new DigestOptions(settings.misfireGrace(), true));
  }

  /** A node whose digests run with {@code options} (a short claim lease, say). */
  Node(
      DataSource dataSource,
      ChatAdapter chats,
      QuartzSettings settings,
      Clock scheduling,
      DigestOptions options) {
    Clock system = Clock.systemUTC();
    subscriptions = new JdbcSubscriptionRepository(dataSource, system);
    deliveries = new JdbcDeliveryLog(dataSource);
    articles = new JdbcArticleRepository(dataSource, engine::analyze, system);
    digests =
        new DigestService(engine, articles, subscriptions, deliveries, chats, system, options);
    scheduler =
        QuartzDigestScheduler.create(dataSource, digests, subscriptions, scheduling, settings);
  }

  static QuartzSettings settings(String instanceId) {
    return QuartzSettings.defaults(DigestOptions.defaults())
        .withInstanceId(instanceId)
        .withClusterCheckinInterval(Duration.ofSeconds(1));
  }

  /** Adds and schedules a subscription due at the current minute in {@code zone}. */
  Subscription subscribeDueNow(String chatId, ZoneId zone) {
    Subscription saved = subscriptions.add(newDueNow(chatId, zone));
    scheduler.schedule(saved);
    return saved;
  }

  static NewSubscription newDueNow(String chatId, ZoneId zone) {
    LocalTime now = ZonedDateTime.now(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    return new NewSubscription(ChatAddress.of("test", chatId), now, Subscription.EVERY_DAY, zone);
  }

  /** The digest of the subscription due last at or before now, if it was claimed. */
  Optional<Delivery> lastDelivery(Subscription subscription) {
    Instant due = dueAtOrBefore(subscription, Instant.now());
    return deliveries.find(subscription.id(), due);
  }

  static Instant dueAtOrBefore(Subscription subscription, Instant instant) {
    ZonedDateTime local = instant.atZone(subscription.zone());
    ZonedDateTime due = local.with(subscription.time());
    return (due.isAfter(local) ? due.minusDays(1) : due).toInstant();
  }

  void addArticle(String title, String sentence) {
    articles.save(engine.analyze(new FakeArticleReader().parse(title, title + "\n" + sentence)));
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
