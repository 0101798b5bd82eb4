package dev.briefing.quartz;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires one subscription's digest: hands the subscription and the trigger's scheduled fire time to
 * the digest service, which sends it exactly once. Thin on purpose: it holds only thread-safe
 * services, so {@link DigestJobFactory} hands the one instance to every firing. Never throws: a
 * failure is logged and the next firing comes as planned.
 *
 * <p>The job requests recovery: when its node dies before the digest was claimed, another node (or
 * the restarted one) fires it again once Quartz sees the node's check-ins stop. When it dies after
 * the claim, that firing finds the digest claimed and does nothing; the digest service's recovery
 * pass sends it once the claim's lease ran out.
 */
record DigestJob(DigestService digests, SubscriptionRepository subscriptions, Clock clock)
    implements Job {
  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

  @Override
  public void execute(JobExecutionContext context) {
    long id = DigestTriggers.subscriptionId(context.getJobDetail().getKey());
    Instant due = scheduledFireTime(context);
    try {
      Optional<Subscription> subscription = subscriptions.findById(id);
      if (subscription.isEmpty()) {
        log.info("Subscription {} was removed; dropping its schedule", id);
        context.getScheduler().deleteJob(DigestTriggers.jobKey(id));
        return;
      }
      DeliveryOutcome outcome = digests.deliver(subscription.get(), due);
      log.debug("Digest of subscription {} due at {}: {}", id, due, outcome);
      planSkippedDays(context.getScheduler(), subscription.get());
    } catch (SchedulerException | RuntimeException e) {
      log.error("Digest job of subscription {} due at {} failed", id, due, e);
    }
  }

  /** Keeps a year of spring-forward days covered, as the calendar moves on. */
  private void planSkippedDays(Scheduler scheduler, Subscription subscription)
      throws SchedulerException {
    Instant now = clock.instant();
    for (var trigger :
        DigestTriggers.gaps(subscription, now, now.plus(QuartzDigestScheduler.HORIZON))) {
      if (!scheduler.checkExists(trigger.getKey())) {
        QuartzDigestScheduler.scheduleQuietly(scheduler, trigger);
      }
    }
  }

  /**
   * When this firing was due. A job recovered after its node failed runs under a recovery trigger
   * that keeps the original trigger's scheduled fire time in the job data (and its actual fire
   * time, a little later, which is not the digest's key: keyed by that, the recovered firing would
   * claim a digest nobody claimed and send it again).
   */
  private static Instant scheduledFireTime(JobExecutionContext context) {
    return scheduledFireTime(
        context.isRecovering(),
        context.getMergedJobDataMap(),
        context.getScheduledFireTime().toInstant());
  }

  static Instant scheduledFireTime(boolean recovering, JobDataMap data, Instant scheduled) {
    if (recovering) {
      String original =
          data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
      if (original == null) {
        original = data.getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS);
      }
      if (original != null) {
        return Instant.ofEpochMilli(Long.parseLong(original));
      }
    }
    return scheduled;
  }
}
