package dev.briefing.quartz;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Gives Quartz's jobs their services by constructor, so no job reaches for a static: the digest
 * jobs, and the periodic tasks registered by name.
 */
final class DigestJobFactory implements JobFactory {
  private final DigestJob digestJob;
  private final Map<String, Runnable> periodic = new ConcurrentHashMap<>();

  /**
   * @param digestJob the job every digest firing runs
   */
  DigestJobFactory(DigestJob digestJob) {
    this.digestJob = digestJob;
  }

  /** Makes the periodic task of this name runnable by the scheduler's jobs. */
  void register(String name, Runnable task) {
    periodic.put(name, task);
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type == DigestJob.class) {
      return digestJob;
    }
    if (type == PeriodicJob.class) {
      String name = bundle.getJobDetail().getKey().getName();
      Runnable task = periodic.get(name);
      if (task == null) {
        // Another version of the bot scheduled it; this node does not know the task.
        throw new SchedulerException("no periodic task " + name + " is registered on this node");
      }
      return new PeriodicJob(name, task);
    }
    throw new SchedulerException("no job of type " + type.getName() + " is known here");
  }
}
