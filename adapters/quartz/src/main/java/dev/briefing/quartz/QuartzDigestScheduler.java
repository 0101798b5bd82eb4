package dev.briefing.quartz;

import dev.briefing.core.digest.DigestService;
import dev.briefing.core.schedule.DigestScheduler;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest scheduler on Quartz with the JDBC job store ({@code JobStoreTX}) in the app's own
 * database: one durable job per subscription, fired by a cron trigger at its local time in its zone
 * (plus a one-off trigger on the rare day the cron skips, see {@link DigestTriggers}). Clustered:
 * nodes sharing the database and scheduler name share the triggers, each firing is acquired by one
 * node under a database lock, and a failed node's firings are taken over by another. The digest
 * service's delivery log makes each firing exactly-once whatever Quartz does on a crash.
 */
public final class QuartzDigestScheduler implements DigestScheduler, AutoCloseable {
  /** How far ahead the one-off triggers for skipped days are planned. */
  static final Duration HORIZON = Duration.ofDays(400);

  /** The periodic task that sends digests abandoned by a dead sender. */
  static final String RECOVERY = "digest-recovery";

  private static final Logger log = LoggerFactory.getLogger(QuartzDigestScheduler.class);

  private final Scheduler quartz;
  private final DigestJobFactory jobs;
  private final DigestService digests;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;
  private final String dataSourceName;

  private QuartzDigestScheduler(
      Scheduler quartz, DigestJobFactory jobs, DigestJob digestJob, String dataSource) {
    this.quartz = quartz;
    this.jobs = jobs;
    this.digests = digestJob.digests();
    this.subscriptions = digestJob.subscriptions();
    this.clock = digestJob.clock();
    this.dataSourceName = dataSource;
  }

  /**
   * Creates a scheduler on {@code dataSource}, whose schema must hold Quartz's tables (the storage
   * module's migrations create them). It fires nothing until {@link #start()}.
   *
   * @param clock when a new subscription's schedule starts; the system clock in production
   */
  public static QuartzDigestScheduler create(
      DataSource dataSource,
      DigestService digests,
      SubscriptionRepository subscriptions,
      Clock clock,
      QuartzSettings settings) {
    String dataSourceName = "briefing-" + UUID.randomUUID();
    DBConnectionManager.getInstance()
        .addConnectionProvider(dataSourceName, new DataSourceConnectionProvider(dataSource));
    try {
      StdSchedulerFactory factory =
          new StdSchedulerFactory(properties(settings, dataSourceName, delegate(dataSource)));
      Scheduler quartz = factory.getScheduler();
      // Quartz keeps schedulers in a JVM-wide registry by name and would hand a second node in
      // the same process (as in tests) the first one; each instance here is owned by its creator.
      SchedulerRepository.getInstance().remove(settings.schedulerName());
      DigestJob digestJob = new DigestJob(digests, subscriptions, clock);
      DigestJobFactory jobs = new DigestJobFactory(digestJob);
      quartz.setJobFactory(jobs);
      quartz
          .getListenerManager()
          .addTriggerListener(
              new MissedDigestListener(digests),
              GroupMatcher.triggerGroupEquals(DigestTriggers.GROUP));
      return new QuartzDigestScheduler(quartz, jobs, digestJob, dataSourceName);
    } catch (SchedulerException e) {
      release(dataSourceName);
      throw new SchedulingException("cannot create the digest scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Schedules every active subscription that has no trigger yet (one added while the schedule was
   * lost), drops the schedules of removed ones, and starts firing, catching up on digests missed by
   * less than the grace. The recovery pass ({@link DigestService#recoverAbandoned()}) runs at once
   * and then every {@link dev.briefing.core.digest.DigestOptions#recoveryInterval()}, on one node
   * at a time: it sends the digests whose sender died while sending them.
   */
  public void start() {
    try {
      every(RECOVERY, digests.options().recoveryInterval(), digests::recoverAbandoned);
      reconcile();
      quartz.start();
    } catch (SchedulerException e) {
      throw new SchedulingException("cannot start the digest scheduler: " + e.getMessage(), e);
    }
  }

  @Override
  public void schedule(Subscription subscription) {
    JobDetail job =
        JobBuilder.newJob(DigestJob.class)
            .withIdentity(DigestTriggers.jobKey(subscription.id()))
            .withDescription(subscription.chat() + " at " + subscription.time())
            .storeDurably()
            .requestRecovery()
            .build();
    Instant now = clock.instant();
    Set<Trigger> triggers = new LinkedHashSet<>();
    triggers.add(DigestTriggers.cron(subscription, now));
    triggers.addAll(DigestTriggers.gaps(subscription, now, now.plus(HORIZON)));
    try {
      quartz.scheduleJob(job, triggers, true);
    } catch (SchedulerException e) {
      throw new SchedulingException(
          "cannot schedule subscription " + subscription.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void unschedule(long subscriptionId) {
    try {
      quartz.deleteJob(DigestTriggers.jobKey(subscriptionId));
    } catch (SchedulerException e) {
      throw new SchedulingException(
          "cannot unschedule subscription " + subscriptionId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code task} every {@code interval} on one node of the cluster at a time, starting now,
   * until the scheduler closes. Every node registers the same tasks; a run missed while all nodes
   * were down is not caught up. Replaces an earlier schedule under the same name.
   */
  public void every(String name, Duration interval, Runnable task) {
    jobs.register(name, task);
    JobKey key = JobKey.jobKey(name, PeriodicJob.GROUP);
    JobDetail job = JobBuilder.newJob(PeriodicJob.class).withIdentity(key).storeDurably().build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(TriggerKey.triggerKey(name, PeriodicJob.GROUP))
            .forJob(key)
            .startAt(Date.from(clock.instant()))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    try {
      quartz.scheduleJob(job, Set.of(trigger), true);
    } catch (SchedulerException e) {
      throw new SchedulingException("cannot schedule " + name + ": " + e.getMessage(), e);
    }
  }

  /** Stops firing after the digests being sent now are done; their triggers stay in the store. */
  @Override
  public void close() {
    try {
      shutdownWaitingForJobs();
    } finally {
      release(dataSourceName);
    }
  }

  private void shutdownWaitingForJobs() {
    try {
      quartz.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("The digest scheduler did not shut down cleanly", e);
    }
  }

  /**
   * Fires nothing more (digests and periodic tasks running now go on): the first step of shutting
   * down, while the chat platforms still send.
   */
  public void pause() {
    try {
      quartz.standby();
    } catch (SchedulerException e) {
      log.warn("The digest scheduler could not be paused", e);
    }
  }

  /**
   * Stops firing and waits up to {@code grace} for the jobs running now, then stops without waiting
   * for the rest: a digest still being sent keeps its claim, which a later start recovers.
   *
   * @return whether every running job finished within the grace
   */
  public boolean close(Duration grace) {
    pause();
    // shutdown(true) waits for every job, also one fired just before the pause; bound that wait.
    Thread stopper = new Thread(this::shutdownWaitingForJobs, "scheduler-shutdown");
    stopper.setDaemon(true);
    stopper.start();
    boolean finished = false;
    try {
      stopper.join(Math.max(1, grace.toMillis()));
      finished = !stopper.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!finished) {
      log.warn("Stopping the scheduler with jobs still running after {}", grace);
    }
    release(dataSourceName);
    return finished;
  }

  private static void release(String dataSourceName) {
    try {
      DBConnectionManager.getInstance().shutdown(dataSourceName);
    } catch (SQLException e) {
      log.debug("Releasing data source {} failed", dataSourceName, e);
    }
  }

  /** The Quartz scheduler, for tests that read its triggers. */
  Scheduler quartz() {
    return quartz;
  }

  private void reconcile() throws SchedulerException {
    Set<JobKey> scheduled =
        new HashSet<>(quartz.getJobKeys(GroupMatcher.jobGroupEquals(DigestTriggers.GROUP)));
    Set<JobKey> wanted = new HashSet<>();
    for (Subscription subscription : subscriptions.findAllActive()) {
      JobKey key = DigestTriggers.jobKey(subscription.id());
      wanted.add(key);
      if (!scheduled.contains(key)) {
        log.info("Scheduling subscription {}, which had no schedule", subscription.id());
        schedule(subscription);
      }
    }
    for (JobKey key : scheduled) {
      long id = DigestTriggers.subscriptionId(key);
      if (!wanted.contains(key) && subscriptions.findById(id).isEmpty()) {
        log.info("Dropping the schedule of removed subscription {}", id);
        quartz.deleteJob(key);
      }
    }
  }

  static void scheduleQuietly(Scheduler scheduler, Trigger trigger) throws SchedulerException {
    try {
      scheduler.scheduleJob(trigger);
    } catch (ObjectAlreadyExistsException e) {
      // Another node planned it first.
    }
  }

  static Properties properties(QuartzSettings settings, String dataSourceName, String delegate) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
    p.setProperty("org.quartz.scheduler.instanceId", settings.instanceId());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "digest-" + settings.instanceId());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate);
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval",
        String.valueOf(settings.clusterCheckinInterval().toMillis()));
    // A firing later than this is a misfire: skipped and logged, never sent late.
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireGrace().toMillis()));
    return p;
  }

  /** PostgreSQL stores job data as bytea and needs its own delegate; H2 takes the standard one. */
  static String delegate(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return product.toLowerCase(Locale.ROOT).contains("postgres")
          ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
          : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    } catch (SQLException e) {
      throw new SchedulingException("cannot reach the database: " + e.getMessage(), e);
    }
  }
}
