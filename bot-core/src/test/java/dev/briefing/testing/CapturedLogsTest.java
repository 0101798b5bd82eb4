package dev.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class CapturedLogsTest {
  private static final Logger LOG = LoggerFactory.getLogger(CapturedLogsTest.class);

  @Test
  void capturesEveryLevelAndFindsEventsByFormattedOrRawMessage() {
    try (CapturedLogs logs = new CapturedLogs()) {
      LOG.trace("Sent {} parts to chat {}", 3, "C1");
      LOG.warn("Dropped the queue");

      assertThat(logs.events()).hasSize(2);
      assertThat(logs.containing("3 parts to chat C1")).hasSize(1);
      assertThat(logs.startingWith("Sent {} parts")).hasSize(1);
      assertThat(logs.startingWith("Sent 3")).isEmpty();
      assertThat(logs.lines())
          .containsExactly(
              "TRACE " + CapturedLogsTest.class.getName() + " Sent 3 parts to chat C1 {}",
              "WARN " + CapturedLogsTest.class.getName() + " Dropped the queue {}");
    }
  }

  @Test
  void readsTheMdcOnTheLoggingThread() {
    try (CapturedLogs logs = new CapturedLogs()) {
      CompletableFuture.runAsync(
              () -> {
                MDC.put("chat_id", "C9");
                try {
                  LOG.info("Answered");
                } finally {
                  MDC.clear();
                }
              })
          .join();

      assertThat(logs.containing("Answered").get(0).getMDCPropertyMap())
          .containsEntry("chat_id", "C9");
    }
  }

  @Test
  void everythingShowsSuppressedExceptionsCausesAndStackFrames() {
    IllegalStateException failure =
        new IllegalStateException("outer", new IllegalArgumentException("the cause"));
    failure.addSuppressed(new UnsupportedOperationException("suppressed one"));
    try (CapturedLogs logs = new CapturedLogs()) {
      LOG.error("Failed", failure);

      assertThat(logs.everything())
          .singleElement()
          .asString()
          .contains("IllegalStateException: outer")
          .contains("UnsupportedOperationException: suppressed one")
          .contains("IllegalArgumentException: the cause")
          .contains("CapturedLogsTest.everythingShowsSuppressedExceptionsCausesAndStackFrames");
      assertThat(logs.lines())
          .singleElement()
          .asString()
          .contains("IllegalStateException: outer | java.lang.IllegalArgumentException: the cause")
          .doesNotContain("suppressed one");
    }
  }

  @Test
  void restoresTheRootLevelAndAppendersOnClose() {
    ch.qos.logback.classic.Logger root =
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    List<Object> appenders = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(appenders::add);

    CapturedLogs logs = new CapturedLogs();
    List<Object> whileOpen = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(whileOpen::add);
    assertThat(whileOpen).hasSize(1).doesNotContainAnyElementsOf(appenders);
    assertThat(root.getLevel()).isEqualTo(Level.TRACE);
    logs.close();
    logs.close();

    List<Object> after = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(after::add);
    assertThat(after).containsExactlyElementsOf(appenders);
    assertThat(root.getLevel()).isEqualTo(level);
  }
}
