package dev.briefing.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one named periodic task (feed polling, for example) on whichever node of the cluster
 * acquires the trigger, never two at once. Never throws: a failure is logged and the next run comes
 * as planned.
 */
@DisallowConcurrentExecution
record PeriodicJob(String name, Runnable task) implements Job {
  static final String GROUP = "periodic";
  private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

  @Override
  public void execute(JobExecutionContext context) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("Periodic task {} failed; it runs again at {}", name, context.getNextFireTime(), e);
    }
  }
}
