package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The shipped logback.xml: readable lines by default, one JSON object a line with
 * BRIEFING_LOG_FORMAT=json; either way a line about a chat message shows its ids.
 */
class LogFormatTest {
  @Test
  void textLinesShowTheMessageIdsInBrackets() throws Exception {
    List<String> lines = logWith("text");

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[.+] briefing\\.test - starting");
    assertThat(lines.get(1))
        .contains("INFO ")
        .containsPattern(" \\[(chat_id=42, update_id=7|update_id=7, chat_id=42)] - ")
        .endsWith(" - answered");
  }

  @Test
  void jsonLinesAreObjectsWithTheMessageIdsInTheMdc() throws Exception {
    List<String> lines = logWith("json");

    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    JsonNode second = json.readTree(lines.get(1));
    assertThat(first.path("level").asText()).isEqualTo("INFO");
    assertThat(first.path("loggerName").asText()).isEqualTo("briefing.test");
    assertThat(first.path("formattedMessage").asText()).isEqualTo("starting");
    assertThat(second.path("formattedMessage").asText()).isEqualTo("answered");
    assertThat(second.path("mdc").path("chat_id").asText()).isEqualTo("42");
    assertThat(second.path("mdc").path("update_id").asText()).isEqualTo("7");
  }

  /**
   * Configures a fresh logging context from the shipped file, points the appender the file chose at
   * a buffer instead of stderr, and logs two lines at INFO.
   */
  private static List<String> logWith(String format) throws JoranException {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    try {
      context.putProperty("BRIEFING_LOG_FORMAT", format);
      context.putProperty("BRIEFING_LOG_LEVEL", "INFO");
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
      var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      var chosen = (OutputStreamAppender<ILoggingEvent>) root.getAppender(format);
      assertThat(chosen).as("the appender named by BRIEFING_LOG_FORMAT").isNotNull();
      chosen.setOutputStream(captured);
      Logger log = context.getLogger("briefing.test");
      log.info("starting");
      context.getMDCAdapter().put("chat_id", "42");
      context.getMDCAdapter().put("update_id", "7");
      log.info("answered");
    } finally {
      context.stop();
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
