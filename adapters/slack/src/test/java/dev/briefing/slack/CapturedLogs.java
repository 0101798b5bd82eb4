package dev.briefing.slack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the process while open, at every level, with its MDC: for tests of the ids on
 * log lines and that no secret ever reaches one. The console is muted meanwhile.
 */
final class CapturedLogs implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
          event.prepareForDeferredProcessing(); // reads the MDC on the logging thread, not later
          super.append(event);
        }
      };
  private final Logger root;
  private final Level level;
  private final List<Appender<ILoggingEvent>> muted = new ArrayList<>();

  CapturedLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    level = root.getLevel();
    root.setLevel(Level.ALL);
    root.iteratorForAppenders().forEachRemaining(muted::add);
    muted.forEach(root::detachAppender);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  /** The events so far. */
  List<ILoggingEvent> events() {
    synchronized (appender) {
      return List.copyOf(appender.list);
    }
  }

  /** The events whose message (unformatted) starts with {@code prefix}. */
  List<ILoggingEvent> startingWith(String prefix) {
    return events().stream().filter(e -> e.getMessage().startsWith(prefix)).toList();
  }

  /** Each event as text: level, logger, message, MDC, arguments and throwable chain. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      StringBuilder line =
          new StringBuilder()
              .append(event.getLevel())
              .append(' ')
              .append(event.getLoggerName())
              .append(' ')
              .append(event.getFormattedMessage())
              .append(' ')
              .append(event.getMDCPropertyMap());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    muted.forEach(root::addAppender);
    root.setLevel(level);
    appender.stop();
  }
}
