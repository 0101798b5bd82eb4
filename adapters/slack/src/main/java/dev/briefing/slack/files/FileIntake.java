package dev.briefing.slack.files;

import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Progress;
import dev.briefing.core.chat.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a file shared with the bot into {@code /add} with the file attached, which the router reads
 * as an article of that chat, or into {@code /feed import} when the message with it says so ({@link
 * SharedFile#command}), which follows the feeds of an OPML file. A file over {@link
 * Attachment#MAX_BYTES} is refused before it is downloaded; a kind the router does not read is
 * passed on by name only (nothing to download), so the refusal is in the router's words.
 *
 * <p>Public for {@code SlackBot}, which makes it, and the inbound listeners, which hand it each
 * file share; not for the app.
 */
public final class FileIntake {
  static final String TOO_LARGE = "That file is larger than 5 MB; send a link or the text instead.";
  static final String NOT_DOWNLOADED = "I could not download that file; please try again.";

  private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

  private final CommandRouter router;
  private final FileDownloader downloader;

  public FileIntake(CommandRouter router, FileDownloader downloader) {
    this.router = router;
    this.downloader = downloader;
  }

  /** The replies to the file shared in event {@code eventId}. */
  public List<Reply> take(SharedFile file, String eventId) {
    return take(file, eventId, Progress.NONE);
  }

  /** The replies to the file shared in event {@code eventId}; a slow command reports progress. */
  public List<Reply> take(SharedFile file, String eventId, Progress progress) {
    if (file.tooLarge()) {
      return List.of(Reply.text(TOO_LARGE));
    }
    if (!file.worthDownloading()) {
      return route(file, new Attachment(file.name(), new byte[0]), progress);
    }
    byte[] content;
    try {
      URI url = file.download().orElseThrow(() -> new IOException("no url_private_download"));
      content = downloader.download(url, Attachment.MAX_BYTES);
    } catch (FileDownloader.FileTooLargeException e) {
      return List.of(Reply.text(TOO_LARGE));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Could not download Slack file {} of event {} in {}: {}",
          file.name(),
          eventId,
          file.chat().chatId(),
          e.toString());
      return List.of(Reply.text(NOT_DOWNLOADED));
    }
    return route(file, new Attachment(file.name(), content), progress);
  }

  private List<Reply> route(SharedFile file, Attachment attachment, Progress progress) {
    return router.route(
        new IncomingMessage(
            file.chat(), file.userId(), file.command(), Optional.of(attachment), progress));
  }
}
