package dev.briefing.core.store;

import java.util.Locale;
import java.util.Optional;

/**
 * How a chat's digests look ({@code /digest style}, {@code /digest size}): each story with its
 * cited summary, or a numbered list of headlines with links; and at most how many stories.
 *
 * @param style summaries (the default) or headlines
 * @param size at most this many stories, 1 to {@value #MAX_SIZE}
 */
public record DigestLayout(Style style, int size) {
  /** The most stories a digest lists; more are counted and left to {@code /articles}. */
  public static final int MAX_SIZE = 50;

  /** A chat that set nothing: summaries of up to 20 stories. */
  public static final DigestLayout DEFAULT = new DigestLayout(Style.SUMMARIES, 20);

  public DigestLayout {
    if (style == null) {
      throw new IllegalArgumentException("style must not be null");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", was " + size);
    }
  }

  public DigestLayout withStyle(Style style) {
    return new DigestLayout(style, size);
  }

  public DigestLayout withSize(int size) {
    return new DigestLayout(style, size);
  }

  /** What a digest entry shows. */
  public enum Style {
    /** Title, a cited two-sentence summary and the source. */
    SUMMARIES,
    /** A numbered title with its link: many in one message. */
    HEADLINES;

    /** The word the command and the database use: "summaries", "headlines". */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The style named by {@code word}, in any case. */
    public static Optional<Style> of(String word) {
      for (Style style : values()) {
        if (style.word().equalsIgnoreCase(word)) {
          return Optional.of(style);
        }
      }
      return Optional.empty();
    }
  }
}
