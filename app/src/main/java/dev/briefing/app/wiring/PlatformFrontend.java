package dev.briefing.app.wiring;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAdapter;

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

  /**
   * A platform adapter's bot.
   *
   * @param outbound sends to the platform's chats; digests go through it
   * @param start connects the bot
   * @param awaitClose blocks until it is closed
   * @param close closes it; safe to call twice
   */
  record Bot(ChatAdapter outbound, Runnable start, Waiting awaitClose, Runnable close) {}

  private final String name;
  private final Bot bot;
  private volatile boolean connected;

  PlatformFrontend(String name, Bot bot) {
    this.name = name;
    this.bot = bot;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void run() {
    try {
      bot.start().run();
    } catch (IllegalStateException e) {
      throw new BriefingException(e.getMessage(), e);
    }
    connected = true;
    try {
      bot.awaitClose().await();
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
    bot.close().run();
  }
}
