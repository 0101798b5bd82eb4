package dev.briefing.telegram.files;

import java.io.IOException;

/** Fetches a file sent to the bot, by its Telegram file id. */
@FunctionalInterface
public interface FileDownloader {
  /**
   * The file's bytes.
   *
   * @throws TooLarge when it has more than {@code maxBytes}
   * @throws IOException when it cannot be fetched; the message never holds the token or a file URL
   */
  byte[] download(String fileId, long maxBytes) throws IOException;

  /** The file turned out larger than allowed; nothing past the limit was read. */
  final class TooLarge extends IOException {
    public TooLarge(long maxBytes) {
      super("file larger than " + maxBytes + " bytes");
    }
  }
}
