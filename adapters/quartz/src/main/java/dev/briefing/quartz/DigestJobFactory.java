package dev.briefing.quartz;

import dev.briefing.core.digest.DigestService;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Gives Quartz's jobs their services by constructor, so no job reaches for a static. */
final class DigestJobFactory implements JobFactory {
  private final DigestService digests;
  private final SubscriptionRepository subscriptions;
  private final Clock clock;

  DigestJobFactory(DigestService digests, SubscriptionRepository subscriptions, Clock clock) {
    this.digests = digests;
    this.subscriptions = subscriptions;
    this.clock = clock;
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type != DigestJob.class) {
      throw new SchedulerException("no job of type " + type.getName() + " is known here");
    }
    return new DigestJob(digests, subscriptions, clock);
  }
}
