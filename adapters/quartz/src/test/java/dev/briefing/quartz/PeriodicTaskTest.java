package dev.briefing.quartz;

import static org.awaitility.Awaitility.await;

import dev.briefing.storage.TestDatabase;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PeriodicTaskTest {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  private Node node;

  @AfterEach
  void stop() {
    node.close();
  }

  @Test
  void aPeriodicTaskRunsAgainAndAgainAndAFailureDoesNotStopIt() {
    node =
        new Node(
            database.dataSource(),
            new RecordingChatAdapter(),
            Node.settings("solo"),
            Duration.ZERO);
    AtomicInteger runs = new AtomicInteger();
    node.scheduler.every(
        "flaky",
        Duration.ofMillis(100),
        () -> {
          if (runs.incrementAndGet() == 1) {
            throw new IllegalStateException("the first run fails");
          }
        });

    node.scheduler.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 3);
  }
}
