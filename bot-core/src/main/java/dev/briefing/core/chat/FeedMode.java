package dev.briefing.core.chat;

import java.util.Locale;
import java.util.Optional;

/** How a chat takes a followed feed's new items: in its digests, or each posted as it arrives. */
public enum FeedMode {
  /** New items wait for the chat's next digest: the default. */
  DIGEST,
  /** Each new item is posted to the chat as soon as a poll finds it (and is in digests too). */
  INSTANT;

  /** The word {@code /feed} uses for it: "digest" or "instant". */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode a word names, ignoring case. */
  public static Optional<FeedMode> parse(String word) {
    for (FeedMode mode : values()) {
      if (mode.word().equalsIgnoreCase(word.strip())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
