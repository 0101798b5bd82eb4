package dev.briefing.bench;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.quartz.QuartzDigestScheduler;
import dev.briefing.quartz.QuartzSettings;
import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.JdbcArticleRepository;
import dev.briefing.storage.JdbcDeliveryLog;
import dev.briefing.storage.JdbcSubscriptionRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Digests fired per second by one node: N subscriptions all due at once on a real database (an H2
 * file, or embedded PostgreSQL), the Quartz scheduler with its default four threads, the real BM25
 * engine composing each digest of one article, and a chat adapter that only counts. Their schedules
 * start two minutes in the past, so every trigger is due when the scheduler starts, as after a
 * short outage. Prints the scheduling rate and the firing rate.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.DigestFiringHarness \
 *     --db h2|postgres [--subscriptions 1000]</pre>
 */
public final class DigestFiringHarness {
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"));

  private DigestFiringHarness() {}

  public static void main(String[] args) throws Exception {
    String db = option(args, "--db", "h2");
    int count = Integer.parseInt(option(args, "--subscriptions", "1000"));
    if (db.equals("postgres")) {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
        run(
            "postgres",
            new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""),
            count);
      }
    } else {
      Path dir = Files.createTempDirectory("briefing-bench");
      run("h2", new DatabaseSettings("jdbc:h2:file:" + dir.resolve("db"), "sa", ""), count);
    }
  }

  private static void run(String name, DatabaseSettings settings, int count) throws Exception {
    BriefingCore core = Engines.create(Engines.BM25);
    Clock clock = Clock.systemUTC();
    AtomicInteger sent = new AtomicInteger();
    AtomicLong firstSent = new AtomicLong();
    AtomicLong lastSent = new AtomicLong();
    try (Database database = Database.open(settings)) {
      var dataSource = database.dataSource();
      var articles = new JdbcArticleRepository(dataSource, core.engine()::analyze, clock);
      articles.save(SampleArticles.analyzed(core, SampleArticles.HEADLINE));
      var subscriptions = new JdbcSubscriptionRepository(dataSource, clock);
      DigestOptions options = DigestOptions.defaults();
      DigestService digests =
          new DigestService(
              core.engine(),
              articles,
              subscriptions,
              new JdbcDeliveryLog(dataSource),
              (chat, reply) -> {
                long now = System.nanoTime();
                firstSent.compareAndSet(0, now);
                lastSent.set(now);
                sent.incrementAndGet();
              },
              clock,
              options);
      Clock behind = Clock.offset(clock, Duration.ofMinutes(-2));
      try (QuartzDigestScheduler scheduler =
          QuartzDigestScheduler.create(
              dataSource, digests, subscriptions, behind, QuartzSettings.defaults(options))) {
        long scheduling = System.nanoTime();
        for (int i = 0; i < count; i++) {
          ZoneId zone = ZONES.get(i % ZONES.size());
          LocalTime now = ZonedDateTime.now(zone).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
          Subscription saved =
              subscriptions.add(
                  new NewSubscription(
                      ChatAddress.of("bench", "chat-" + i), now, Subscription.EVERY_DAY, zone));
          scheduler.schedule(saved);
        }
        double scheduleSeconds = (System.nanoTime() - scheduling) / 1e9;

        long started = System.nanoTime();
        scheduler.start();
        long deadline = started + Duration.ofMinutes(5).toNanos();
        while (sent.get() < count && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        double total = (System.nanoTime() - started) / 1e9;
        double firing = (lastSent.get() - firstSent.get()) / 1e9;
        System.out.printf(
            "%s: %d subscriptions scheduled in %.2f s (%.0f/s); %d digests sent %.2f s after"
                + " start; %.0f fired/s between the first and the last send%n",
            name,
            count,
            scheduleSeconds,
            count / scheduleSeconds,
            sent.get(),
            total,
            (sent.get() - 1) / firing);
      }
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
