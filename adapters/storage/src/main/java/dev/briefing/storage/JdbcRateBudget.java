package dev.briefing.storage;

import dev.briefing.core.ingest.ContentHash;
import dev.briefing.core.outbound.RateBudget;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The send budget every instance of the bot shares, a Bucket4j bucket in a {@code rate_budget} row
 * of the PostgreSQL database: at most {@code perSecond} sends in any one-second window, whichever
 * instances make them.
 *
 * <p>The bucket holds one token and refills it greedily one per {@code 1/perSecond} s. A full
 * bucket cannot grow, so two slots are always at least {@code 1/perSecond} s apart and no window of
 * a second holds more than {@code perSecond}: no burst, which matters because Telegram counts a
 * sliding window. A take reserves the next slot even when it lies ahead (Bucket4j's {@code
 * consumeIgnoringRateLimits}, the token balance going below zero), so slots are handed out in the
 * order asked and none is lost while a waiting instance wakes up and asks again. (A bucket of
 * capacity N refilled N a second would allow 2N in one second; one refilled <em>intervally</em> on
 * a fixed grid would let a token taken late in its slot be followed at once by the next slot's, N+1
 * in a second.)
 *
 * <p>Each take is one short transaction that locks the row ({@code SELECT ... FOR UPDATE}), so
 * instances queue for it. Time is this instance's {@link Clock}, read while the row is locked, not
 * the {@code now} given to {@link #take}: {@code now} is advisory here. Instances' clocks should
 * agree (NTP); a skew of d ms can shorten the spacing of two takes by up to d ms.
 *
 * <p>When the database fails, the budget falls back to an in-process bucket of the same rate for
 * ten seconds, then tries the database again; a warning (no credentials) is logged at most once a
 * minute. While the database is down each instance paces itself alone, so a cluster may exceed the
 * platform's limit.
 */
public final class JdbcRateBudget implements RateBudget {
  /** How long the in-process fallback serves before the database is asked again. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  static final int MAX_PER_SECOND = 1000;
  private static final Duration MIN_WAIT = Duration.ofMillis(1);
  private static final int KEY_HASH_CHARS = 16;

  private final Bucket shared;
  private final Bucket local;
  private final Clock clock;
  private final BudgetOutage outage;
  private volatile Instant databaseAgainAt = Instant.MIN;

  /**
   * A budget on the PostgreSQL database behind {@code dataSource}, which must hold the {@code
   * rate_budget} table (migration V8).
   *
   * @param key names the budget, the same on every instance: see {@link #key}
   * @param perSecond the sends allowed in any one second, 1 to {@value #MAX_PER_SECOND}
   */
  public JdbcRateBudget(DataSource dataSource, String key, int perSecond, Clock clock) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    if (perSecond < 1 || perSecond > MAX_PER_SECOND) {
      throw new IllegalArgumentException(
          "perSecond must be 1 to " + MAX_PER_SECOND + ", was " + perSecond);
    }
    this.clock = clock;
    TimeMeter time = new ClockTime(clock);
    BucketConfiguration configuration =
        BucketConfiguration.builder().addLimit(oneAtATime(perSecond)).build();
    // The rate is part of the row's name: a changed rate starts a new bucket instead of keeping
    // the configuration stored with the old one.
    String row = key + "@" + perSecond + "/s";
    this.shared =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_budget")
            .idColumn("id")
            .stateColumn("state")
            .clientClock(time)
            .build()
            .builder()
            .build(row, () -> configuration);
    this.local =
        Bucket.builder().addLimit(oneAtATime(perSecond)).withCustomTimePrecision(time).build();
    this.outage = new BudgetOutage(key, perSecond);
  }

  /**
   * The shared budget for {@code database} when it is PostgreSQL; empty for H2, which serves a
   * single instance (its in-process budget is enough).
   */
  public static Optional<RateBudget> shared(Database database, String key, int perSecond) {
    return shared(database, key, perSecond, Clock.systemUTC());
  }

  /** As {@link #shared(Database, String, int)}, with the clock that times the budget. */
  public static Optional<RateBudget> shared(
      Database database, String key, int perSecond, Clock clock) {
    DataSource dataSource = database.dataSource();
    return isPostgres(dataSource)
        ? Optional.of(new JdbcRateBudget(dataSource, key, perSecond, clock))
        : Optional.empty();
  }

  /**
   * A budget's name that says whose it is without holding the secret: {@code platform}, a colon and
   * the first 16 hex digits of the SHA-256 of {@code credential} (a bot token), such as {@code
   * telegram:3f2a9c...}. The same credential gives the same key on every instance.
   */
  public static String key(String platform, String credential) {
    if (platform == null || platform.isBlank()) {
      throw new IllegalArgumentException("platform must not be blank");
    }
    if (credential == null || credential.isEmpty()) {
      throw new IllegalArgumentException("credential must not be empty");
    }
    String hex = ContentHash.sha256Hex(credential, KEY_HASH_CHARS / 2);
    return platform.strip().toLowerCase(Locale.ROOT) + ":" + hex;
  }

  /**
   * Reserves the next slot (see {@link RateBudget#take}): at once when the bucket holds its token,
   * else the slot after those already reserved, and says how long until it (at least 1 ms). {@code
   * now} is advisory: the budget keeps its own time (see the class comment).
   */
  @Override
  public Duration take(Instant now) {
    long waitNanos = reserve();
    if (waitNanos <= 0) {
      return Duration.ZERO;
    }
    Duration wait = Duration.ofNanos(waitNanos);
    return wait.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : wait;
  }

  private long reserve() {
    Instant at = clock.instant();
    if (at.isBefore(databaseAgainAt)) {
      return local.consumeIgnoringRateLimits(1);
    }
    try {
      long wait = shared.consumeIgnoringRateLimits(1);
      outage.ended();
      return wait;
    } catch (BucketExecutionException e) {
      databaseAgainAt = at.plus(RETRY_AFTER);
      outage.failed(e, at);
      return local.consumeIgnoringRateLimits(1);
    }
  }

  private static Bandwidth oneAtATime(int perSecond) {
    // Rounded up: a period rounded down would allow slightly more than perSecond a second.
    long periodNanos = (Duration.ofSeconds(1).toNanos() + perSecond - 1) / perSecond;
    return Bandwidth.builder()
        .capacity(1)
        .refillGreedy(1, Duration.ofNanos(periodNanos))
        .initialTokens(1)
        .build();
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (SQLException e) {
      throw new StorageException("cannot tell which database holds the rate budget", e);
    }
  }

  /** Bucket4j's time from a {@link Clock}, in wall-clock nanoseconds. */
  private record ClockTime(Clock clock) implements TimeMeter {
    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
