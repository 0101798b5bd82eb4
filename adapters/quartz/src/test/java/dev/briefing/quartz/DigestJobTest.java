package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;

/** Which digest a firing is: its key is the trigger's scheduled fire time, recovered or not. */
class DigestJobTest {
  private static final Instant DUE = Instant.parse("2026-11-30T07:00:00Z");
  private static final Instant FIRED = DUE.plusMillis(137);
  private static final Instant RECOVERY = DUE.plusSeconds(18);

  @Test
  void aFiringIsTheDigestDueAtItsScheduledFireTime() {
    assertThat(DigestJob.scheduledFireTime(false, new JobDataMap(), DUE)).isEqualTo(DUE);
  }

  @Test
  void aRecoveredFiringIsTheDigestTheDeadNodeWasSendingNotOneDueWhenItFired() {
    JobDataMap data = new JobDataMap();
    data.put(
        Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS,
        String.valueOf(DUE.toEpochMilli()));
    data.put(
        Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS,
        String.valueOf(FIRED.toEpochMilli()));

    assertThat(DigestJob.scheduledFireTime(true, data, RECOVERY)).isEqualTo(DUE);
  }

  @Test
  void aRecoveryTriggerWithoutTheScheduledTimeFallsBackToTheFireTime() {
    JobDataMap data = new JobDataMap();
    data.put(
        Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS,
        String.valueOf(FIRED.toEpochMilli()));

    assertThat(DigestJob.scheduledFireTime(true, data, RECOVERY)).isEqualTo(FIRED);
  }
}
