package dev.briefing.app;

import dev.briefing.core.BriefingException;

/**
 * A chat platform's bot as a front end: {@link #run()} connects and serves until {@link #close()}.
 * The platform adapters' bots have the same shape; this is the one place that adapts it.
 */
final class PlatformFrontend implements ChatFrontend {
  /** Blocks until the bot is closed. */
  @FunctionalInterface
  interface Waiting {
    void await() throws InterruptedException;
  }

  private final String name;
  private final Runnable start;
  private final Waiting awaitClose;
  private final Runnable close;
  private volatile boolean connected;

  /**
   * @param start connects the bot
   * @param awaitClose blocks until it is closed
   * @param close closes it; safe to call twice
   */
  PlatformFrontend(String name, Runnable start, Waiting awaitClose, Runnable close) {
    this.name = name;
    this.start = start;
    this.awaitClose = awaitClose;
    this.close = close;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run() {
    try {
      start.run();
    } catch (IllegalStateException e) {
      throw new BriefingException(e.getMessage(), e);
    }
    connected = true;
    try {
      awaitClose.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      connected = false;
    }
  }

  /** From the bot's start (it reached the platform) until it is closed. */
  @Override
  public boolean connected() {
    return connected;
  }

  @Override
  public void close() {
    connected = false;
    close.run();
  }
}
