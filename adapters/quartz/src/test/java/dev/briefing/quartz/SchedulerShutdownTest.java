package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.storage.TestDatabase;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shutting down: pausing fires nothing more; closing waits for running jobs, but only so long. */
class SchedulerShutdownTest {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  private final CountDownLatch release = new CountDownLatch(1);
  private Node node;

  @AfterEach
  void stop() {
    release.countDown();
    node.close();
  }

  @Test
  void aPausedSchedulerStartsNoMoreRuns() {
    node = solo();
    AtomicInteger runs = new AtomicInteger();
    node.scheduler.every("counter", Duration.ofMillis(100), runs::incrementAndGet);
    node.scheduler.start();
    await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 1);

    node.scheduler.pause();
    int atPause = runs.get();

    // Nothing to wait for: three periods after the pause, at most a run already firing was added.
    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(5))
        .until(() -> runs.get() <= atPause + 1);
  }

  @Test
  void closingWaitsForARunningJobThatFinishesWithinTheGrace() throws InterruptedException {
    node = solo();
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger finished = new AtomicInteger();
    node.scheduler.every(
        "slow",
        Duration.ofHours(1),
        () -> {
          started.countDown();
          await().atMost(Duration.ofSeconds(30)).until(() -> release.getCount() == 0);
          finished.incrementAndGet();
        });
    node.scheduler.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    Thread releaser = new Thread(release::countDown);
    releaser.start();

    assertThat(node.scheduler.close(Duration.ofSeconds(30))).isTrue();
    assertThat(finished).hasValue(1);
  }

  @Test
  void closingGivesUpOnAJobStillRunningAfterTheGrace() throws InterruptedException {
    node = solo();
    CountDownLatch started = new CountDownLatch(1);
    node.scheduler.every(
        "stuck",
        Duration.ofHours(1),
        () -> {
          started.countDown();
          await().atMost(Duration.ofSeconds(60)).until(() -> release.getCount() == 0);
        });
    node.scheduler.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(node.scheduler.close(Duration.ofMillis(200))).isFalse();
  }

  private Node solo() {
    return new Node(
        database.dataSource(), new RecordingChatAdapter(), Node.settings("solo"), Duration.ZERO);
  }
}
