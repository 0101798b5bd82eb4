package dev.briefing.slack.files;

import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.ChatAddress;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file shared with the bot (in a direct message, or with a mention): an article to add, or, when
 * the message with it says {@code feed import}, an OPML list of feeds to follow. Public for the
 * inbound mapper, which finds it in an event, and the listeners, which pass it to {@link
 * FileIntake}; not for the app.
 *
 * @param chat where it was shared; mentions are answered in their thread
 * @param userId who shared it
 * @param text the message shared with it as the router reads it (the mention stripped, {@code feed
 *     import} already {@code /feed import}); empty when there was none
 * @param name its file name, which says its format
 * @param size its size in bytes as Slack reports it; 0 when Slack did not say
 * @param download its {@code url_private_download}, when Slack gave a usable one
 */
public record SharedFile(
    ChatAddress chat, String userId, String text, String name, long size, Optional<URI> download) {
  /** The command a file is routed with: it is the article. */
  public static final String ADD = "/add";

  /** The command a file shared with {@code feed import} is routed with: it lists feeds. */
  public static final String IMPORT = "/feed import";

  private static final Pattern FEED_IMPORT =
      Pattern.compile("/feed\\s+import\\s*", Pattern.CASE_INSENSITIVE);

  public SharedFile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    text = text == null ? "" : text.strip();
    download = download == null ? Optional.empty() : download;
  }

  /** A file shared without words: an article to add. */
  public SharedFile(
      ChatAddress chat, String userId, String name, long size, Optional<URI> download) {
    this(chat, userId, "", name, size, download);
  }

  /** The command the file goes to the router with, and is checked against before downloading. */
  public String command() {
    return FEED_IMPORT.matcher(text).matches() ? IMPORT : ADD;
  }

  /** Larger than an attachment may be: refused without downloading it. */
  public boolean tooLarge() {
    return size > Attachment.MAX_BYTES;
  }

  /** Whether the router reads a file of this name for its command: else it is not downloaded. */
  boolean worthDownloading() {
    Attachment named = new Attachment(name, new byte[0]);
    return command().equals(IMPORT) ? named.opml() : named.readable();
  }
}
