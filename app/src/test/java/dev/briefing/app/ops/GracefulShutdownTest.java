package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.Thread.State;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final GracefulShutdown shutdown = new GracefulShutdown();

  @Test
  void runsTheStepsInOrderOnce() {
    shutdown.then("front ends", () -> ran.add("front ends"));
    shutdown.then("database", () -> ran.add("database"));

    shutdown.run();
    shutdown.run();

    assertThat(ran).containsExactly("front ends", "database");
  }

  @Test
  void aFailingStepDoesNotStopTheNext() {
    shutdown.then(
        "front ends",
        () -> {
          throw new IllegalStateException("platform hung up");
        });
    shutdown.then("database", () -> ran.add("database"));

    shutdown.run();

    assertThat(ran).containsExactly("database");
  }

  @Test
  void aSecondCallerWaitsUntilTheFirstHasFinished() throws InterruptedException {
    Thread second = new Thread(shutdown::run);
    shutdown.then(
        "slow",
        () -> {
          second.start();
          await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == State.BLOCKED);
          ran.add("slow finished while the second caller waited");
        });

    shutdown.run();
    second.join();

    assertThat(ran).containsExactly("slow finished while the second caller waited");
  }

  @Test
  void noStepCanBeAddedOnceShutDown() {
    shutdown.run();

    assertThatThrownBy(() -> shutdown.then("late", () -> {}))
        .isInstanceOf(IllegalStateException.class);
  }
}
