package dev.briefing.telegram;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the process while open, at every level: for tests of the MDC keys and that no
 * token ever reaches a log line, its arguments, stack traces or MDC values.
 */
public final class CapturedLogs implements AutoCloseable {
  // Logback reads an event's MDC lazily; a list keeps events for later, so it is read at once.
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
          event.prepareForDeferredProcessing();
          super.append(event);
        }
      };
  private final Logger root;
  private final Level level;

  public CapturedLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    level = root.getLevel();
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE); // the console appender's threshold is in logback-test.xml
  }

  List<ILoggingEvent> events() {
    synchronized (appender) { // AppenderBase appends under the appender's lock
      return List.copyOf(appender.list);
    }
  }

  /** The events whose formatted message contains {@code text}. */
  public List<ILoggingEvent> containing(String text) {
    return events().stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
  }

  /** Each event as text: message, MDC, and every throwable's class, message and stack. */
  List<String> everything() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      StringBuilder line = new StringBuilder(event.getFormattedMessage());
      Map<String, String> mdc = event.getMDCPropertyMap();
      line.append(" ").append(mdc);
      append(line, event.getThrowableProxy());
      lines.add(line.toString());
    }
    return lines;
  }

  private static void append(StringBuilder line, IThrowableProxy t) {
    if (t == null) {
      return;
    }
    line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
      line.append(' ').append(frame.getSTEAsString());
    }
    for (IThrowableProxy suppressed : t.getSuppressed()) {
      append(line, suppressed);
    }
    if (t.getCause() != t) {
      append(line, t.getCause());
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    root.setLevel(level);
    appender.stop();
  }
}
