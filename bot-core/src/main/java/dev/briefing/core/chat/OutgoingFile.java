package dev.briefing.core.chat;

import java.util.Arrays;

/**
 * A file a reply carries to the chat, e.g. the OPML of {@code /feed export}. Platforms that send
 * files upload it with the reply (Telegram {@code sendDocument}, Slack {@code files.uploadV2}); the
 * console writes it to a file and prints where.
 *
 * @param name the file name shown to the user, e.g. {@code feeds.opml}; no path separators
 * @param mediaType its media type, e.g. {@code text/x-opml}
 * @param content its bytes, at most {@link #MAX_BYTES}
 */
public record OutgoingFile(String name, String mediaType, byte[] content) {
  /** Replies carry small generated files only; 1 MB holds thousands of feeds. */
  public static final int MAX_BYTES = 1024 * 1024;

  public OutgoingFile {
    if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("name must be a plain file name, was " + name);
    }
    if (mediaType == null || mediaType.isBlank()) {
      throw new IllegalArgumentException("mediaType must not be blank");
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

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutgoingFile file
        && name.equals(file.name)
        && mediaType.equals(file.mediaType)
        && Arrays.equals(content, file.content);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + mediaType.hashCode()) + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "OutgoingFile[" + name + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
