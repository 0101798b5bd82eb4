package dev.briefing.core.chat;

import java.util.Locale;

/**
 * A file sent with a message (a Telegram document, a Slack file share): its name, which says its
 * format, and its bytes.
 *
 * @param fileName the name the sender gave it, e.g. {@code story.html}
 * @param content its bytes, at most {@link #MAX_BYTES}
 */
public record Attachment(String fileName, byte[] content) {
  /** Larger files are refused before they are downloaded: no article is that long. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public Attachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    if (content == null || content.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "content must be at most "
              + MAX_BYTES
              + " bytes, was "
              + (content == null ? null : content.length));
    }
    content = content.clone();
  }

  /** Whether the name says a format the bot reads: .txt, .md or .html. */
  public boolean readable() {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".txt")
        || name.endsWith(".md")
        || name.endsWith(".markdown")
        || name.endsWith(".html")
        || name.endsWith(".htm");
  }

  /**
   * Whether the name says OPML, which {@code /feed import} reads: .opml, or .xml as some save it.
   */
  public boolean opml() {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".opml") || name.endsWith(".xml");
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
