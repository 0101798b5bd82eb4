package dev.briefing.quartz;

import dev.briefing.core.digest.DigestService;
import java.util.Date;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs and records a digest that Quartz found due longer ago than the grace (the bot was down or
 * every thread busy): it is skipped, never sent late. Quartz reports the first missed firing of a
 * trigger, before moving it to its next fire time.
 */
final class MissedDigestListener extends TriggerListenerSupport {
  private static final Logger log = LoggerFactory.getLogger(MissedDigestListener.class);

  private final DigestService digests;

  MissedDigestListener(DigestService digests) {
    this.digests = digests;
  }

  @Override
  public String getName() {
    return "missed-digests";
  }

  @Override
  public void triggerMisfired(Trigger trigger) {
    Date due = trigger.getNextFireTime();
    if (due == null) {
      return;
    }
    long id = DigestTriggers.subscriptionId(trigger.getJobKey());
    try {
      digests.skipMissed(
          id, due.toInstant(), "missed: the bot was down or busy for longer than the grace");
    } catch (RuntimeException e) {
      log.warn("Could not record the missed digest of subscription {} due at {}", id, due, e);
    }
  }
}
