package dev.briefing.quartz;

import dev.briefing.core.digest.DigestOptions;
import java.time.Duration;

/**
 * How the Quartz scheduler runs.
 *
 * @param schedulerName the cluster's name: every node sharing a database and this name shares the
 *     triggers, and each digest fires on one of them
 * @param instanceId this node's id, unique in the cluster; {@code AUTO} makes one from the host
 *     name and the time
 * @param threads how many digests one node sends at once
 * @param misfireGrace how late a digest may still fire; an older one is skipped and logged
 * @param clusterCheckinInterval how often a node tells the others it is alive; a node silent for
 *     longer is taken as failed, and its digests are fired by another
 */
public record QuartzSettings(
    String schedulerName,
    String instanceId,
    int threads,
    Duration misfireGrace,
    Duration clusterCheckinInterval) {
  public static final String AUTO_INSTANCE_ID = "AUTO";

  public QuartzSettings {
    if (schedulerName == null || schedulerName.isBlank()) {
      throw new IllegalArgumentException("schedulerName must not be blank");
    }
    if (instanceId == null || instanceId.isBlank()) {
      throw new IllegalArgumentException("instanceId must not be blank");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (misfireGrace == null || misfireGrace.toMillis() < 1) {
      throw new IllegalArgumentException("misfireGrace must be positive, was " + misfireGrace);
    }
    if (clusterCheckinInterval == null || clusterCheckinInterval.toMillis() < 100) {
      throw new IllegalArgumentException(
          "clusterCheckinInterval must be at least 100 ms, was " + clusterCheckinInterval);
    }
  }

  /** One scheduler named {@code briefing}, four threads, the digest options' grace. */
  public static QuartzSettings defaults(DigestOptions options) {
    return new QuartzSettings(
        "briefing", AUTO_INSTANCE_ID, 4, options.misfireGrace(), Duration.ofMillis(7500));
  }

  /** A copy with another instance id, e.g. for a second node in the same process. */
  public QuartzSettings withInstanceId(String id) {
    return new QuartzSettings(schedulerName, id, threads, misfireGrace, clusterCheckinInterval);
  }

  /** A copy with another check-in interval. */
  public QuartzSettings withClusterCheckinInterval(Duration interval) {
    return new QuartzSettings(schedulerName, instanceId, threads, misfireGrace, interval);
  }
}
