package dev.briefing.app;

import dev.briefing.core.BriefingException;

/**
 * A chat platform's bot as a front end: {@link #run()} connects and serves until {@link #close()}.
 * The platform adapters' bots have the same shape; this is the one place that adapts it.
 */
final class PlatformFrontend implements ChatFrontend {
  /** A platform bot: connect, block until closed, close. */
  interface Bot extends AutoCloseable {
    void start();

    void awaitClose() throws InterruptedException;

    @Override
    void close();
  }

  private final String name;
  private final Bot bot;

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
      bot.start();
    } catch (IllegalStateException e) {
      throw new BriefingException(e.getMessage(), e);
    }
    try {
      bot.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    bot.close();
  }

  /**
   * The adapters' settings list their problems on lines after a heading ("Invalid Slack
   * settings:\n- a\n- b"); a start-up error is one line: "invalid Slack settings: a; b".
   */
  static BriefingException invalidSettings(String platform, IllegalArgumentException e) {
    String problems = e.getMessage().replaceFirst("(?is)^invalid \\S+ settings:\\s*- ", "");
    return new BriefingException(
        "invalid " + platform + " settings: " + problems.replace("\n- ", "; "), e);
  }
}
