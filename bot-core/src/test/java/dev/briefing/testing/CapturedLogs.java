package dev.briefing.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the process while open, at every level, with its MDC: for tests of the ids on
 * log lines and that no token or secret ever reaches a message, stack trace or MDC value. The root
 * logger's appenders (the console) are muted meanwhile, so capturing at every level does not drown
 * the test output; closing restores them and the root level. Needs logback-classic on the test
 * classpath.
 */
public final class CapturedLogs implements AutoCloseable {
  private final ListAppender<ILoggingEvent> appender =
      new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
          // Logback reads an event's MDC lazily; a kept event must read it on the logging thread.
          event.prepareForDeferredProcessing();
          super.append(event);
        }
      };
  private final Logger root;
  private final Level level;
  private final List<Appender<ILoggingEvent>> muted = new ArrayList<>();
  private boolean closed;

  /** Starts capturing on the root logger at every level and mutes its other appenders. */
  public CapturedLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    level = root.getLevel();
    root.iteratorForAppenders().forEachRemaining(muted::add);
    muted.forEach(root::detachAppender);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
  }

  /** The events so far, in order. */
  public List<ILoggingEvent> events() {
    synchronized (appender) { // AppenderBase appends under the appender's lock
      return List.copyOf(appender.list);
    }
  }

  /** The events whose formatted message contains {@code text}. */
  public List<ILoggingEvent> containing(String text) {
    return events().stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
  }

  /**
   * The events whose message, unformatted (placeholders as {@code {}}), starts with {@code prefix}.
   */
  public List<ILoggingEvent> startingWith(String prefix) {
    return events().stream().filter(e -> e.getMessage().startsWith(prefix)).toList();
  }

  /**
   * Each event as one line: level, logger, formatted message, MDC, and each throwable of the cause
   * chain as class and message.
   */
  public List<String> lines() {
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

  /**
   * Each event as one line with everything it shows: formatted message, MDC, and every throwable's
   * class, message and stack frames, its suppressed ones and its causes included.
   */
  public List<String> everything() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : events()) {
      StringBuilder line = new StringBuilder(event.getFormattedMessage());
      line.append(' ').append(event.getMDCPropertyMap());
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

  /** Stops capturing, gives the muted appenders back and restores the root level; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    root.detachAppender(appender);
    muted.forEach(root::addAppender);
    root.setLevel(level);
    appender.stop();
  }
}
