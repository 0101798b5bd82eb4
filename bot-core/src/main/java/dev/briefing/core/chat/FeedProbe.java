package dev.briefing.core.chat;

/**
 * Port: reads a feed once, now, so {@code /feed add} can tell at once what the feed holds or why it
 * cannot be read, instead of following a broken address in silence. The app's feed intake
 * implements it, storing the items it reads as the feed's articles. Called from the thread handling
 * the message; implementations are thread-safe and never throw for a feed that fails.
 */
@FunctionalInterface
public interface FeedProbe {
  /** What reading {@code feedUrl} (http or https) now gave. */
  FeedCheck check(String feedUrl);
}
