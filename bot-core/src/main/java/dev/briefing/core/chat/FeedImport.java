package dev.briefing.core.chat;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.HttpUrls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /feed import}: follows every feed of an OPML file sent with the command (a Telegram
 * document, a Slack file share; on the local console, a file path). Each feed passes the checks of
 * {@code /feed add}: a web address, not followed yet, and read once by the {@link FeedProbe}, which
 * also refuses private addresses. The reply counts what was added, already followed and refused,
 * with the reason for each refusal.
 */
public final class FeedImport {
  /** At most this many feeds of one file are read: each is fetched once while the user waits. */
  public static final int MAX_FEEDS = 200;

  private static final int LISTED_REFUSALS = 20;
  private static final String HOW =
      "Send an .opml file with /feed import as its caption (in Slack: as the message with it).";

  private final FeedFollows follows;
  private final Consumer<String> onFollow;
  private final Optional<FeedProbe> probe;
  private final OpmlCodec codec;
  private final int maxFeeds;

  /**
   * @param onFollow told of each feed the chat starts following, as for {@code /feed add}
   * @param probe reads each feed once before it is followed; empty follows them unread (tests)
   * @param maxFeeds how many feeds of one file are read at most
   */
  public FeedImport(
      FeedFollows follows,
      Consumer<String> onFollow,
      Optional<FeedProbe> probe,
      OpmlCodec codec,
      int maxFeeds) {
    if (maxFeeds < 1) {
      throw new IllegalArgumentException("maxFeeds must be positive, was " + maxFeeds);
    }
    this.follows = follows;
    this.onFollow = onFollow;
    this.probe = probe;
    this.codec = codec;
    this.maxFeeds = maxFeeds;
  }

  /** The {@code /feed import} subcommand. */
  public List<Reply> handle(IncomingMessage message, String arguments) {
    Attachment file = opmlFile(message, arguments);
    List<OpmlFeed> feeds = codec.read(file.content());
    Set<String> distinct = new LinkedHashSet<>();
    feeds.forEach(feed -> distinct.add(feed.xmlUrl()));
    if (distinct.isEmpty()) {
      throw new BriefingException(file.fileName() + " lists no feeds (no outline with an xmlUrl).");
    }
    List<String> read = distinct.stream().limit(maxFeeds).toList();
    message.progress().show("Checking " + read.size() + (read.size() == 1 ? " feed…" : " feeds…"));
    ImportTally tally = new ImportTally();
    for (String url : read) {
      follow(message.chat(), url, tally);
    }
    return List.of(
        Reply.text(tally.text(file.fileName(), read.size(), distinct.size() - read.size())));
  }

  private void follow(ChatAddress chat, String url, ImportTally tally) {
    Optional<String> feed =
        url.length() <= 500 ? HttpUrls.parse(url).map(Object::toString) : Optional.empty();
    if (feed.isEmpty()) {
      tally.refused(url, "not a web address (http or https)");
      return;
    }
    if (!follows.follow(chat, feed.get())) {
      tally.alreadyFollowed();
      return;
    }
    Optional<String> failure = probe.flatMap(p -> p.check(feed.get()).failure());
    if (failure.isPresent()) {
      follows.unfollow(chat, feed.get());
      tally.refused(feed.get(), failure.get());
      return;
    }
    onFollow.accept(feed.get());
    tally.added();
  }

  private Attachment opmlFile(IncomingMessage message, String arguments) {
    if (message.attachment().isPresent()) {
      Attachment file = message.attachment().get();
      if (!file.opml()) {
        throw new BriefingException(
            "I import .opml files (and OPML saved as .xml); " + file.fileName() + " is neither.");
      }
      return file;
    }
    if (!arguments.isEmpty() && message.chat().platform().equals(ArticleCommands.LOCAL_PLATFORM)) {
      return localFile(arguments);
    }
    throw new BriefingException("Which feeds? " + HOW);
  }

  // Only the console's user sits at the server, so only it may name a file there.
  private static Attachment localFile(String argument) {
    try (InputStream in = Files.newInputStream(Path.of(argument))) {
      byte[] content = in.readNBytes(Attachment.MAX_BYTES + 1);
      if (content.length > Attachment.MAX_BYTES) {
        throw new BriefingException(argument + " is larger than 5 MB; that is no OPML file.");
      }
      return new Attachment(Path.of(argument).getFileName().toString(), content);
    } catch (IOException | InvalidPathException e) {
      throw new BriefingException("I can't read the file " + argument + ": " + e.getMessage(), e);
    }
  }

  /** What one import did, and its reply. */
  private static final class ImportTally {
    private int added;
    private int already;
    private final List<String> refusals = new ArrayList<>();

    void added() {
      added++;
    }

    void alreadyFollowed() {
      already++;
    }

    void refused(String url, String why) {
      refusals.add(url + " — " + why);
    }

    String text(String fileName, int read, int skipped) {
      StringBuilder text =
          new StringBuilder("Imported ")
              .append(fileName)
              .append(": added ")
              .append(added)
              .append(", already followed ")
              .append(already)
              .append(", refused ")
              .append(refusals.size())
              .append('.');
      if (skipped > 0) {
        text.append(" I read the first ")
            .append(read)
            .append(" feeds only; ")
            .append(skipped)
            .append(" more were not read.");
      }
      if (!refusals.isEmpty()) {
        text.append("\nRefused:");
        refusals.stream().limit(LISTED_REFUSALS).forEach(r -> text.append("\n• ").append(r));
        if (refusals.size() > LISTED_REFUSALS) {
          text.append("\n…and ").append(refusals.size() - LISTED_REFUSALS).append(" more.");
        }
      }
      if (added > 0) {
        text.append("\nTheir articles are in /articles; /feed list shows every feed.");
      }
      return text.toString();
    }
  }
}
