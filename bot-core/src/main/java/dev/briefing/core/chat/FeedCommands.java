package dev.briefing.core.chat;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.HttpUrls;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /feed add <url> [instant]}, {@code /feed mode <n> instant|digest}, {@code /feed list} and
 * {@code /feed remove <n|url>}: the RSS and Atom feeds a chat follows. Their new items become
 * articles the chat sees.
 */
public final class FeedCommands {
  private static final String MODE_USAGE =
      "/feed mode 2 instant posts feed 2's new items as they arrive; /feed mode 2 digest keeps"
          + " them for your digests.";
  private static final DateTimeFormatter LAST_ITEM_TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final String USAGE =
      "Use /feed add https://…/rss, /feed list, or /feed remove 2 (its number in /feed list)."
          + " /feed import with an .opml file follows its feeds; /feed export sends them as one.";

  private final FeedFollows follows;
  private final Consumer<String> onFollow;
  private final Function<String, Optional<String>> problems;
  private final Optional<FeedProbe> probe;

  /**
   * Follows a feed as given, without reading it first: tests and load tests.
   *
   * @param onFollow told of a feed a chat starts following, so its items can be read soon
   * @param problems what is wrong with a feed while it fails to be read, for {@code /feed list}
   */
  public FeedCommands(
      FeedFollows follows, Consumer<String> onFollow, Function<String, Optional<String>> problems) {
    this(follows, onFollow, problems, Optional.empty());
  }

  /**
   * Reads a feed once when a chat adds it ({@code probe}), saying what it holds; one that cannot be
   * read is not followed, and the reply says why, so a typo does not sit in /feed list failing.
   *
   * @param onFollow told of a feed a chat starts following, so its items can be read soon
   * @param problems what is wrong with a feed while it fails to be read, for {@code /feed list}
   * @param probe reads a feed now, storing its items as the feed's articles
   */
  public FeedCommands(
      FeedFollows follows,
      Consumer<String> onFollow,
      Function<String, Optional<String>> problems,
      FeedProbe probe) {
    this(follows, onFollow, problems, Optional.of(probe));
  }

  private FeedCommands(
      FeedFollows follows,
      Consumer<String> onFollow,
      Function<String, Optional<String>> problems,
      Optional<FeedProbe> probe) {
    this.follows = follows;
    this.onFollow = onFollow;
    this.problems = problems;
    this.probe = probe;
  }

  // OPML import and export live in their own classes; wiring adds them once, before any message.
  private volatile Optional<Command> imports = Optional.empty();
  private volatile Optional<Command> exports = Optional.empty();

  /** Adds {@code /feed import} and {@code /feed export}. Call once, while wiring; returns this. */
  public FeedCommands withOpml(FeedImport imports, FeedExport exports) {
    this.imports = Optional.of(imports::handle);
    this.exports = Optional.of(exports::handle);
    return this;
  }

  private static Command opml(Optional<Command> command) {
    return command.orElseThrow(() -> new BriefingException("OPML files are not available here."));
  }

  /** The command table entry. */
  public List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "feed",
            "Follow news feeds: /feed add https://…/rss [instant], /feed list,"
                + " /feed mode 2 instant|digest, /feed remove 2.",
            this::feed));
  }

  /** The article origins of the feeds the chat follows: part of its scope. */
  public Set<ArticleOrigin> followedBy(ChatAddress chat) {
    return follows.feedsOf(chat).stream().map(ArticleOrigin::feed).collect(Collectors.toSet());
  }

  private List<Reply> feed(IncomingMessage message, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    ChatAddress chat = message.chat();
    return switch (verb) {
      case "add" -> text(add(message, rest));
      case "list", "" -> text(list(chat));
      case "remove" -> text(remove(chat, rest));
      case "mode" -> text(mode(chat, rest));
      case "import" -> opml(imports).handle(message, rest);
      case "export" -> opml(exports).handle(message, rest);
      default -> throw new BriefingException("I don't know /feed " + parts[0] + ". " + USAGE);
    };
  }

  /**
   * Follows first, so the feed intake keeps the feed while it is read, then reads it once; a feed
   * that cannot be read is unfollowed again and the failure thrown with its reason.
   */
  private String add(IncomingMessage message, String arguments) {
    ChatAddress chat = message.chat();
    String[] words = arguments.split("\\s+", 2);
    FeedMode mode = words.length > 1 ? modeNamed(words[1]) : FeedMode.DIGEST;
    String feed = feedUrl(words[0]);
    if (!follows.follow(chat, feed, mode)) {
      return "This chat already follows " + feed + ".";
    }
    if (probe.isEmpty()) {
      onFollow.accept(feed);
      return "Following " + feed + ". " + whereNewItemsGo(mode, "Its new articles");
    }
    message.progress().show("Checking " + ArticleCommands.host(URI.create(feed)) + "…");
    FeedCheck check = probe.get().check(feed);
    if (!check.ok()) {
      follows.unfollow(chat, feed);
      throw new BriefingException(
          "I can't read that feed, so I am not following it: "
              + check.failure().orElseThrow()
              + ". Check the address and try /feed add again.");
    }
    onFollow.accept(feed);
    String title = check.title().orElse(feed);
    return check.items() == 0
        ? "Following " + title + ": no items yet. " + whereNewItemsGo(mode, "New ones")
        : "Following "
            + title
            + ": "
            + (check.items() == 1 ? "1 item" : check.items() + " items")
            + ". Its articles are in /articles; "
            + (mode == FeedMode.INSTANT
                ? "new ones will be posted here as they arrive."
                : "new ones will appear there and in your digests.");
  }

  private static String whereNewItemsGo(FeedMode mode, String items) {
    return items
        + (mode == FeedMode.INSTANT
            ? " will be posted here as they arrive, and be in /articles."
            : " will appear in /articles and your digests.");
  }

  /** {@code /feed mode <n> instant|digest}: how the chat takes the n-th feed's new items. */
  private String mode(ChatAddress chat, String arguments) {
    String[] words = arguments.split("\\s+");
    if (words.length != 2 || !words[0].matches("\\d{1,6}")) {
      throw new BriefingException(MODE_USAGE);
    }
    FeedMode mode = modeNamed(words[1]);
    String feed = numbered(follows.feedsOf(chat), Integer.parseInt(words[0]));
    if (!follows.changeMode(chat, feed, mode)) {
      throw new BriefingException("This chat does not follow " + feed + ". " + USAGE);
    }
    return mode == FeedMode.INSTANT
        ? "New items of " + feed + " will be posted here as they arrive."
        : "New items of " + feed + " will wait for your digests.";
  }

  private static FeedMode modeNamed(String word) {
    return FeedMode.parse(word)
        .orElseThrow(
            () ->
                new BriefingException(
                    "'" + abbreviate(word) + "' is not a feed mode. " + MODE_USAGE));
  }

  private static String numbered(List<String> feeds, int n) {
    if (n < 1 || n > feeds.size()) {
      throw new BriefingException(
          "There is no feed " + n + "; /feed list shows " + feeds.size() + ".");
    }
    return feeds.get(n - 1);
  }

  /** Each feed with its mode, its last new item and its health. */
  private String list(ChatAddress chat) {
    List<FeedFollow> feeds = follows.followsOf(chat);
    if (feeds.isEmpty()) {
      return "This chat follows no feeds. " + USAGE;
    }
    StringBuilder text = new StringBuilder("Feeds this chat follows:");
    for (int i = 0; i < feeds.size(); i++) {
      FeedFollow feed = feeds.get(i);
      text.append('\n').append(i + 1).append(". ").append(feed.feedUrl());
      text.append("\n   ").append(feed.mode().word());
      feed.lastItem()
          .ifPresentOrElse(
              last ->
                  text.append(" · last new item: ")
                      .append(last.title())
                      .append(" (")
                      .append(LAST_ITEM_TIME.format(last.storedAt()))
                      .append(')'),
              () -> text.append(" · no new item yet"));
      text.append(" · ").append(problems.apply(feed.feedUrl()).orElse("ok"));
    }
    return text.append("\n").append(MODE_USAGE).toString();
  }

  private String remove(ChatAddress chat, String which) {
    List<String> feeds = follows.feedsOf(chat);
    String feed = which;
    if (which.matches("\\d{1,6}")) {
      int n = Integer.parseInt(which);
      if (n < 1 || n > feeds.size()) {
        throw new BriefingException(
            "There is no feed " + n + "; /feed list shows " + feeds.size() + ".");
      }
      feed = feeds.get(n - 1);
    }
    if (which.isEmpty() || !follows.unfollow(chat, feed)) {
      throw new BriefingException(
          "This chat does not follow " + (which.isEmpty() ? "that" : which) + ". " + USAGE);
    }
    return "Stopped following " + feed + ".";
  }

  /** A feed address: http or https, with a host, at most 500 characters. */
  static String feedUrl(String text) {
    Optional<URI> uri = text.length() <= 500 ? HttpUrls.parse(text) : Optional.empty();
    if (uri.isPresent()) {
      return uri.get().toString();
    }
    throw new BriefingException(
        (text.isEmpty() ? "Which feed?" : "'" + abbreviate(text) + "' is not a feed address.")
            + " "
            + USAGE);
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }

  private static List<Reply> text(String text) {
    return List.of(Reply.text(text));
  }
}
