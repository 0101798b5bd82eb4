package dev.briefing.app;

/**
 * A running connection to one chat platform (the console now; Telegram and Slack in later issues),
 * feeding the command router and sending its replies.
 */
interface ChatFrontend extends AutoCloseable {
  /** The platform name, e.g. {@code console}. */
  String name();

  /** Serves chats until the input ends or {@link #close()} is called. */
  void run();

  /** Stops serving; called from the shutdown hook, so it must be safe to call twice. */
  @Override
  default void close() {}
}
