package dev.briefing.app.wiring;

import dev.briefing.app.ops.PlatformConnection;

/**
 * A running connection to one chat platform (the console, Telegram, Slack), feeding the command
 * router and sending its replies.
 */
public interface ChatFrontend extends PlatformConnection, AutoCloseable {
  /** The platform name, e.g. {@code console}. */
  @Override
  String name();

  /** Serves chats until the input ends or {@link #close()} is called. */
  void run();

  /** Whether it is connected to its platform now: for the readiness endpoint. */
  @Override
  default boolean connected() {
    return true;
  }

  /** Stops serving; called from the shutdown hook, so it must be safe to call twice. */
  @Override
  default void close() {}
}
