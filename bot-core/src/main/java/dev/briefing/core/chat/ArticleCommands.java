package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleFetcher;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.ingest.HttpUrls;
import dev.briefing.core.ingest.LanguageCheck;
import dev.briefing.core.model.Article;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The article commands: {@code /articles [page]} lists what the chat sees, {@code /use <n|all>}
 * focuses its questions on one article or widens them again, and {@code /add} takes an article as
 * pasted text, a link, or (on the local console only) a file path. An article added in a chat is
 * seen by that chat.
 */
record ArticleCommands(
    BriefingEngine engine,
    ArticleReader reader,
    ArticleRepository articles,
    ChatFocus settings,
    ChatScope scope,
    Optional<ArticleFetcher> fetcher,
    LanguageCheck language) {
  static final int PAGE_SIZE = 10;

  /** The platform whose user sits at the server: only it may name files on the server. */
  static final String LOCAL_PLATFORM = "console";

  private static final String NO_ARTICLES =
      "I have no articles yet. Add one with /add followed by a link or the article's text.";

  List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "articles",
            "List the articles I know, newest first: /articles 2 for page 2.",
            this::list),
        new CommandSpec(
            "use",
            "Ask about one article only: /use 2 (its number in /articles); /use all for all.",
            this::use),
        new CommandSpec(
            "add",
            "Add an article: /add followed by a link, or by its text (headline on the first line).",
            this::add));
  }

  /** The chat's articles as a numbered list, or how to add one. */
  String listing(ChatAddress chat, int page) {
    List<AnalyzedArticle> visible = scope.visible(chat);
    if (visible.isEmpty()) {
      return NO_ARTICLES;
    }
    int pages = (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE;
    if (page < 1 || page > pages) {
      throw new BriefingException(
          "There "
              + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
              + " of articles; try /articles 1.");
    }
    Optional<String> focused = scope.focus(chat, visible).map(a -> a.article().id());
    StringBuilder text = new StringBuilder("Articles, newest first");
    text.append(pages > 1 ? " (page " + page + " of " + pages + "):" : ":");
    for (int i = (page - 1) * PAGE_SIZE; i < Math.min(visible.size(), page * PAGE_SIZE); i++) {
      Article article = visible.get(i).article();
      text.append('\n').append(i + 1).append(". ").append(article.title());
      text.append(" (id ").append(article.id()).append(')');
      if (focused.filter(article.id()::equals).isPresent()) {
        text.append(" ← questions go here (/use all to widen)");
      }
    }
    if (page < pages) {
      text.append("\nMore: /articles ").append(page + 1);
    }
    return text.toString();
  }

  private List<Reply> list(IncomingMessage message, String arguments) {
    int page = arguments.isEmpty() ? 1 : number(arguments, "/articles 2");
    return text(listing(message.chat(), page));
  }

  private List<Reply> use(IncomingMessage message, String arguments) {
    ChatAddress chat = message.chat();
    if (arguments.equalsIgnoreCase("all")) {
      settings.setFocus(chat, Optional.empty());
      return text("Questions now go to all " + scope.visible(chat).size() + " articles.");
    }
    if (arguments.isEmpty()) {
      throw new BriefingException("Which article? /use 2 (its number in /articles), or /use all.");
    }
    List<AnalyzedArticle> visible = scope.visible(chat);
    Article chosen = byNumberOrId(visible, arguments).article();
    settings.setFocus(chat, Optional.of(chosen.id()));
    return text(
        "Questions now go to \""
            + chosen.title()
            + "\" only. /use all to ask about every article.");
  }

  private static AnalyzedArticle byNumberOrId(List<AnalyzedArticle> visible, String argument) {
    for (AnalyzedArticle article : visible) {
      if (article.article().id().equals(argument)) {
        return article;
      }
    }
    int n = number(argument, "/use 2");
    if (n > visible.size()) {
      throw new BriefingException(
          "There is no article " + n + "; /articles lists " + visible.size() + ".");
    }
    return visible.get(n - 1);
  }

  private List<Reply> add(IncomingMessage message, String arguments) {
    if (message.attachment().isPresent()) {
      return added(message.chat(), fromFile(message.attachment().get()));
    }
    if (arguments.isEmpty()) {
      throw new BriefingException(
          "What should I add? /add https://… for a page, or /add with the article's text on the"
              + " next lines (the headline first).");
    }
    return added(message.chat(), read(message.chat(), arguments));
  }

  private Article fromFile(Attachment file) {
    if (!file.readable()) {
      throw new BriefingException(
          "I read .txt, .md and .html files; " + file.fileName() + " is none of them.");
    }
    return reader.parse(file.fileName(), new String(file.content(), StandardCharsets.UTF_8));
  }

  private List<Reply> added(ChatAddress chat, Article article) {
    articles.save(engine.analyze(article), ArticleOrigin.chat(chat));
    String note =
        language
            .nonEnglish(article)
            .map(
                code ->
                    "\nNote: it looks like it is not in English (language "
                        + code
                        + "). I analyse English only, so my answers about it may miss things.")
            .orElse("");
    return text(
        "Added \""
            + article.title()
            + "\" (id "
            + article.id()
            + ", "
            + article.sentences().size()
            + " sentences). Ask me about it."
            + note);
  }

  private Article read(ChatAddress chat, String arguments) {
    Optional<URI> link = link(arguments);
    if (link.isPresent()) {
      return fetcher
          .orElseThrow(() -> new BriefingException("I can't fetch links here; paste the text."))
          .fetch(link.get());
    }
    boolean oneWord = arguments.lines().count() == 1 && !arguments.contains(" ");
    if (oneWord && chat.platform().equals(LOCAL_PLATFORM)) {
      return reader.read(path(arguments));
    }
    if (oneWord) {
      throw new BriefingException(
          "Send a link (/add https://…), the article's text after /add, or the file itself.");
    }
    return reader.parse("pasted.txt", arguments);
  }

  /** A link when the text is one word starting with http:// or https://, in any case. */
  private static Optional<URI> link(String arguments) {
    int colon = arguments.indexOf("://");
    if (colon < 0
        || !HttpUrls.isHttpScheme(arguments.substring(0, colon))
        || arguments.contains(" ")) {
      return Optional.empty();
    }
    Optional<URI> link = HttpUrls.parse(arguments);
    if (link.isEmpty()) {
      throw new BriefingException("That link is not a web address I can read: " + arguments);
    }
    return link;
  }

  private static Path path(String arguments) {
    try {
      return Path.of(arguments);
    } catch (InvalidPathException e) {
      throw new BriefingException("That is not a file path I can read: " + arguments, e);
    }
  }

  private static int number(String text, String example) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BriefingException("\"" + text + "\" is not a number from 1; try " + example + ".");
  }

  private static List<Reply> text(String text) {
    return List.of(Reply.text(text));
  }
}
