package dev.briefing.core.chat;

import dev.briefing.core.BriefingException;
import java.util.List;

/**
 * {@code /feed export}: the feeds a chat follows as an OPML file, which any feed reader imports,
 * and so does {@code /feed import} in another chat.
 */
public final class FeedExport {
  /** The name of the exported file. */
  public static final String FILE_NAME = "feeds.opml";

  private final FeedFollows follows;
  private final OpmlCodec codec;

  public FeedExport(FeedFollows follows, OpmlCodec codec) {
    this.follows = follows;
    this.codec = codec;
  }

  /** The {@code /feed export} subcommand. */
  public List<Reply> handle(IncomingMessage message, String arguments) {
    List<String> feeds = follows.feedsOf(message.chat());
    if (feeds.isEmpty()) {
      throw new BriefingException(
          "This chat follows no feeds, so there is nothing to export. /feed add https://…/rss"
              + " follows one.");
    }
    byte[] opml = codec.write("Briefing feeds", feeds.stream().map(OpmlFeed::of).toList());
    if (opml.length > OutgoingFile.MAX_BYTES) {
      throw new BriefingException("This chat follows too many feeds to send them as one file.");
    }
    String count = feeds.size() == 1 ? "The feed" : "The " + feeds.size() + " feeds";
    return List.of(
        Reply.text(
                count
                    + " this chat follows, as OPML: import the file into a feed reader, or into"
                    + " another chat with /feed import.")
            .withFile(new OutgoingFile(FILE_NAME, OpmlCodec.MEDIA_TYPE, opml)));
  }
}
