package dev.briefing.slack.files;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches a file Slack shared with the bot; a single method, so tests pass a lambda. Public for
 * {@code SlackBot}, which hands one to {@link FileIntake}; not for the app.
 */
@FunctionalInterface
public interface FileDownloader {
  /**
   * The file's bytes.
   *
   * @throws FileTooLargeException when it holds more than {@code maxBytes}
   * @throws IOException when it cannot be fetched
   */
  byte[] download(URI url, long maxBytes) throws IOException;

  /** The file turned out larger than allowed while it was being downloaded. */
  final class FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FileTooLargeException(long maxBytes) {
      super("the file is larger than " + maxBytes + " bytes");
    }
  }
}
