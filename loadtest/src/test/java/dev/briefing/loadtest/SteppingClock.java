package dev.briefing.loadtest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves a second forward at every reading. Given to an adapter, it lifts the adapter's
 * own send limits (Telegram's 30 a second overall and one a second per chat, Slack's one a second
 * per channel, all measured in the adapter's clock): the hostile-input suite tests what is sent,
 * not how fast, and 100,000 replies at 30 a second would take an hour.
 */
final class SteppingClock extends Clock {
  private final AtomicLong seconds = new AtomicLong(Instant.now().getEpochSecond());

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndIncrement());
  }

  /** The instant the next reading returns, without moving the clock. */
  Instant peek() {
    return Instant.ofEpochSecond(seconds.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
