package dev.briefing.loadtest;

import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.SlackBot;
import dev.briefing.slack.settings.SlackSettings;
import java.io.IOException;
import java.time.Clock;

/**
 * The Slack adapter as the app runs it in HTTP mode ({@link SlackBot} through its public
 * constructor, Bolt verifying signatures) over {@link SampleBot}, against a {@link SlackPlatform}
 * on 127.0.0.1; {@link #requests()} signs and posts events and slash commands.
 */
final class SlackRig implements AutoCloseable {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

  final SampleBot bot;
  final SlackPlatform platform;
  final SlackBot slack;
  private final SlackRequests requests;

  SlackRig() throws IOException {
    this(InboundDedup.DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /**
   * @param remembered how many event ids the de-duplicator keeps
   * @param adapterClock the clock the adapter measures its send limit in
   */
  SlackRig(int remembered, Clock adapterClock) throws IOException {
    bot = new SampleBot(Clock.systemUTC());
    platform = new SlackPlatform();
    slack =
        new SlackBot(
            SlackSettings.http("xoxb-loadtest-token", SECRET, 0).withApiUrl(platform.apiUrl()),
            bot.router(),
            bot.commands(),
            bot.subscriptions(),
            InboundDedup.inMemory(remembered),
            adapterClock);
    try {
      slack.start();
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
    requests = new SlackRequests(slack.httpPort().orElseThrow(), SECRET);
  }

  SlackRequests requests() {
    return requests;
  }

  @Override
  public void close() throws IOException {
    try {
      slack.close();
    } finally {
      platform.close();
    }
  }
}
