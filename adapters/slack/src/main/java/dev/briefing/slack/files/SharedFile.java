package dev.briefing.slack.files;

import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.ChatAddress;
import java.net.URI;
import java.util.Optional;

/**
 * A file shared with the bot (in a direct message, or with a mention), to be added as an article.
 * Public for the inbound mapper, which finds it in an event, and the listeners, which pass it to
 * {@link FileIntake}; not for the app.
 *
 * @param chat where it was shared; mentions are answered in their thread
 * @param userId who shared it
 * @param name its file name, which says its format
 * @param size its size in bytes as Slack reports it; 0 when Slack did not say
 * @param download its {@code url_private_download}, when Slack gave a usable one
 */
public record SharedFile(
    ChatAddress chat, String userId, String name, long size, Optional<URI> download) {
  public SharedFile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    download = download == null ? Optional.empty() : download;
  }

  /** Larger than an attachment may be: refused without downloading it. */
  public boolean tooLarge() {
    return size > Attachment.MAX_BYTES;
  }
}
