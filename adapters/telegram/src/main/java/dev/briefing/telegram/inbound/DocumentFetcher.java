package dev.briefing.telegram.inbound;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.telegram.files.FileDownloader;
import dev.briefing.telegram.files.TelegramDocument;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches a message's document: checks its name and size first, so a file the bot would refuse is
 * never downloaded, then fetches it. A file the bot cannot read is attached empty, and the core's
 * {@code /add} refuses it in its own words.
 */
final class DocumentFetcher {
  static final String TOO_LARGE = "That file is larger than 5 MB; send a link or the text instead.";
  static final String FAILED = "I could not download that file; please try again.";

  private static final Logger log = LoggerFactory.getLogger(DocumentFetcher.class);
  private static final byte[] NOTHING = {};

  private final FileDownloader downloader;

  DocumentFetcher(FileDownloader downloader) {
    this.downloader = downloader;
  }

  /**
   * The message with its document attached, as is when it has none.
   *
   * @throws BriefingException with the reply for the user when the file is too large or fails
   */
  IncomingMessage attach(AddressedMessage addressed, Integer updateId) {
    IncomingMessage message = addressed.message();
    if (addressed.document().isEmpty()) {
      return message;
    }
    TelegramDocument document = addressed.document().get();
    Attachment unread = new Attachment(document.fileName(), NOTHING);
    if (!unread.readable() && !unread.opml()) {
      return with(message, unread);
    }
    if (document.size().orElse(0) > Attachment.MAX_BYTES) {
      throw new BriefingException(TOO_LARGE);
    }
    try {
      byte[] content = downloader.download(document.fileId(), Attachment.MAX_BYTES);
      return with(message, new Attachment(document.fileName(), content));
    } catch (FileDownloader.TooLarge e) {
      throw new BriefingException(TOO_LARGE);
    } catch (IOException | RuntimeException e) {
      // No stack trace: causes of HTTP failures may name the file URL, which holds the token.
      log.warn(
          "Could not download the document of Telegram update {} in chat {}: {}",
          updateId,
          message.chat(),
          e.toString());
      throw new BriefingException(FAILED);
    }
  }

  private static IncomingMessage with(IncomingMessage message, Attachment file) {
    return new IncomingMessage(message.chat(), message.userId(), message.text(), Optional.of(file));
  }
}
