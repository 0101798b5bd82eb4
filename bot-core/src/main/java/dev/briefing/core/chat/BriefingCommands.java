package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.model.Article;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing bot's chat commands: {@code /start}, {@code /help}, {@code /ask}, {@code /summary},
 * {@code /articles} and {@code /add}; free text is a question. Platform adapters feed {@link
 * #router()} and render its replies.
 */
public final class BriefingCommands {
  /** The longest summary a chat asks for; longer ones stop being a briefing. */
  public static final int MAX_SUMMARY_SENTENCES = 10;

  private static final String NO_ARTICLES = "I have no articles yet. Add one with /add <path>.";

  private final BriefingEngine engine;
  private final ArticleReader reader;
  private final ArticleRepository articles;
  private final int summarySentences;
  private final List<CommandSpec> moreCommands;
  private final CommandRouter router;

  /**
   * @param summarySentences the length of {@code /summary} without an argument, 1 to {@value
   *     #MAX_SUMMARY_SENTENCES}
   */
  public BriefingCommands(
      BriefingEngine engine,
      ArticleReader reader,
      ArticleRepository articles,
      int summarySentences) {
    this(engine, reader, articles, summarySentences, List.of());
  }

  /**
   * @param summarySentences the length of {@code /summary} without an argument, 1 to {@value
   *     #MAX_SUMMARY_SENTENCES}
   * @param moreCommands further commands (e.g. the digest commands), listed after these in the help
   */
  public BriefingCommands(
      BriefingEngine engine,
      ArticleReader reader,
      ArticleRepository articles,
      int summarySentences,
      List<CommandSpec> moreCommands) {
    if (summarySentences < 1 || summarySentences > MAX_SUMMARY_SENTENCES) {
      throw new IllegalArgumentException(
          "summarySentences must be from 1 to "
              + MAX_SUMMARY_SENTENCES
              + ", was "
              + summarySentences);
    }
    this.engine = engine;
    this.reader = reader;
    this.articles = articles;
    this.summarySentences = summarySentences;
    this.moreCommands = List.copyOf(moreCommands);
    this.router = new CommandRouter(table(), this::ask);
  }

  /** The router over this command table. */
  public CommandRouter router() {
    return router;
  }

  /** The command table, in help-text order: what a platform publishes as its command menu. */
  public List<CommandSpec> commands() {
    return table();
  }

  private List<CommandSpec> table() {
    List<CommandSpec> table = new ArrayList<>(ownCommands());
    table.addAll(moreCommands);
    return table;
  }

  private List<CommandSpec> ownCommands() {
    return List.of(
        new CommandSpec("start", "Say hello and show what I can do.", this::start),
        new CommandSpec("help", "Show this help.", (message, args) -> text(router.helpText())),
        new CommandSpec(
            "ask", "Answer a question from the articles, e.g. /ask Who is quoted?", this::ask),
        new CommandSpec(
            "summary",
            "Summarize the newest article; /summary 5 gives five sentences (1 to "
                + MAX_SUMMARY_SENTENCES
                + ", default "
                + summarySentences
                + ").",
            this::summary),
        new CommandSpec("articles", "List the articles I know, with their ids.", this::list),
        new CommandSpec(
            "add", "Read an article file: /add <path> (.txt, .md or .html).", this::add));
  }

  private List<Reply> start(IncomingMessage message, String arguments) {
    String known = articles.findAll().isEmpty() ? NO_ARTICLES : articlesText();
    return text(
        "Hello! I brief you on news articles, quoting their own sentences.\n\n"
            + known
            + "\n\n"
            + router.helpText());
  }

  private List<Reply> ask(IncomingMessage message, String question) {
    if (question.isBlank()) {
      throw new BriefingException("What would you like to know? For example: /ask Who is quoted?");
    }
    return List.of(Reply.of(engine.ask(requireArticles(), question)));
  }

  private List<Reply> summary(IncomingMessage message, String arguments) {
    int sentences = arguments.isEmpty() ? summarySentences : parseSentences(arguments);
    return List.of(Reply.of(engine.summarize(requireArticles().get(0), sentences)));
  }

  private List<Reply> list(IncomingMessage message, String arguments) {
    return text(articles.findAll().isEmpty() ? NO_ARTICLES : articlesText());
  }

  private List<Reply> add(IncomingMessage message, String arguments) {
    if (arguments.isEmpty()) {
      throw new BriefingException("Which file? Use /add <path>, e.g. /add news/article.txt");
    }
    Path path;
    try {
      path = Path.of(arguments);
    } catch (InvalidPathException e) {
      throw new BriefingException("That is not a file path I can read: " + arguments, e);
    }
    Article article = reader.read(path);
    articles.save(engine.analyze(article));
    return text(
        "Added \""
            + article.title()
            + "\" (id "
            + article.id()
            + ", "
            + article.sentences().size()
            + " sentences). Ask me about it.");
  }

  private String articlesText() {
    List<AnalyzedArticle> all = articles.findAll();
    StringBuilder text = new StringBuilder("Articles, newest first:");
    for (int i = 0; i < all.size(); i++) {
      Article article = all.get(i).article();
      text.append('\n').append(i + 1).append(". ").append(article.title());
      text.append(" (id ").append(article.id()).append(')');
    }
    return text.toString();
  }

  private List<AnalyzedArticle> requireArticles() {
    List<AnalyzedArticle> all = articles.findAll();
    if (all.isEmpty()) {
      throw new BriefingException(NO_ARTICLES);
    }
    return all;
  }

  private static int parseSentences(String arguments) {
    try {
      int n = Integer.parseInt(arguments);
      if (n >= 1 && n <= MAX_SUMMARY_SENTENCES) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new BriefingException(
        "A summary has 1 to "
            + MAX_SUMMARY_SENTENCES
            + " sentences; try /summary 3 (you wrote \""
            + arguments
            + "\").");
  }

  private static List<Reply> text(String text) {
    return List.of(Reply.text(text));
  }
}
