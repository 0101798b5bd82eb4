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
  /** The platform whose user sits at the server: only it may name files on the server. */
  static final String LOCAL_PLATFORM = "console";

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
    return new ArticleListing(scope).page(chat, page).text();
  }

  private List<Reply> list(IncomingMessage message, String arguments) {
    int page = arguments.isEmpty() ? 1 : number(arguments, "/articles 2");
    return List.of(new ArticleListing(scope).page(message.chat(), page));
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
    if (!argument.matches("[+-]?\\d+")) {
      throw new BriefingException(
          "I have no article \""
              + abbreviate(argument)
              + "\" here; try /use 2 (its number in /articles).");
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
    return added(message.chat(), read(message, arguments));
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

  private Article read(IncomingMessage message, String arguments) {
    ChatAddress chat = message.chat();
    Optional<URI> link = link(arguments);
    if (link.isPresent()) {
      ArticleFetcher pages =
          fetcher.orElseThrow(
              () -> new BriefingException("I can't fetch links here; paste the text."));
      message.progress().show("Fetching " + host(link.get()) + "…");
      return pages.fetch(link.get());
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

  /** The link's host as people name a site: without "www.". */
  static String host(URI link) {
    String host = link.getHost() == null ? link.toString() : link.getHost();
    return host.startsWith("www.") ? host.substring(4) : host;
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

  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }

  private static List<Reply> text(String text) {
    return List.of(Reply.text(text));
  }
}
