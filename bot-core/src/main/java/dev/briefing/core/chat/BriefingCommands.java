package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleFetcher;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.ingest.LanguageCheck;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.ChatAnswer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The briefing bot's chat commands: {@code /start}, {@code /help}, {@code /ask}, {@code /more},
 * {@code /summary}, and the article commands {@code /articles}, {@code /use} and {@code /add}; free
 * text is a question. Each chat asks about the articles it sees ({@link ChatScope}). Platform
 * adapters feed {@link #router()} and render its replies.
 */
public final class BriefingCommands {
  /** The longest summary a chat asks for; longer ones stop being a briefing. */
  public static final int MAX_SUMMARY_SENTENCES = 10;

  private final BriefingEngine engine;
  private final ChatScope scope;
  private final LanguageNotes languageNotes;
  private final ArticleCommands articleCommands;
  private final int summarySentences;
  private final List<CommandSpec> moreCommands;
  private final FollowUpAnswers followUps;
  private final CommandRouter router;

  /**
   * Commands over articles every chat sees, with chat settings kept in memory and no link fetching:
   * the command line's console and tests.
   *
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

  /** As above, with further commands (e.g. the digest commands), listed after these in the help. */
  public BriefingCommands(
      BriefingEngine engine,
      ArticleReader reader,
      ArticleRepository articles,
      int summarySentences,
      List<CommandSpec> moreCommands) {
    this(
        engine,
        reader,
        articles,
        ChatFocus.inMemory(),
        chat -> Set.of(),
        Optional.empty(),
        LanguageCheck.NONE,
        summarySentences,
        moreCommands);
  }

  /**
   * @param settings where a chat's focus ({@code /use}) is kept
   * @param followedFeeds the feeds a chat follows, whose articles it sees
   * @param fetcher reads {@code /add https://…} links, when the bot may fetch pages
   * @param language flags an added article that is not in English
   * @param summarySentences the length of {@code /summary} without an argument, 1 to {@value
   *     #MAX_SUMMARY_SENTENCES}
   * @param moreCommands further commands (e.g. the digest commands), listed after these in the help
   */
  public BriefingCommands(
      BriefingEngine engine,
      ArticleReader reader,
      ArticleRepository articles,
      ChatFocus settings,
      Function<ChatAddress, Set<ArticleOrigin>> followedFeeds,
      Optional<ArticleFetcher> fetcher,
      LanguageCheck language,
      int summarySentences,
      List<CommandSpec> moreCommands) {
    this(
        engine,
        reader,
        articles,
        settings,
        followedFeeds,
        fetcher,
        language,
        summarySentences,
        moreCommands,
        new InMemoryConversationStore(Clock.systemUTC()),
        Clock.systemUTC());
  }

  /**
   * As above, with each chat's last question kept in {@code conversations}, so follow-ups ("Who is
   * he?", "And Brandt?", {@code /more}) read against it.
   *
   * @param clock when a question was asked
   */
  public BriefingCommands(
      BriefingEngine engine,
      ArticleReader reader,
      ArticleRepository articles,
      ChatFocus settings,
      Function<ChatAddress, Set<ArticleOrigin>> followedFeeds,
      Optional<ArticleFetcher> fetcher,
      LanguageCheck language,
      int summarySentences,
      List<CommandSpec> moreCommands,
      ConversationStore conversations,
      Clock clock) {
    if (summarySentences < 1 || summarySentences > MAX_SUMMARY_SENTENCES) {
      throw new IllegalArgumentException(
          "summarySentences must be from 1 to "
              + MAX_SUMMARY_SENTENCES
              + ", was "
              + summarySentences);
    }
    this.engine = engine;
    this.followUps = new FollowUpAnswers(engine, conversations, clock);
    this.languageNotes = new LanguageNotes(language);
    this.scope = new ChatScope(articles, settings, followedFeeds);
    this.articleCommands =
        new ArticleCommands(engine, reader, articles, settings, scope, fetcher, language);
    this.summarySentences = summarySentences;
    this.moreCommands = List.copyOf(moreCommands);
    this.router = new CommandRouter(table(), this::ask);
  }

  /** Which articles each chat sees and asks about: digests draw from the same scope. */
  public ChatScope scope() {
    return scope;
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
    table.addAll(articleCommands.commands());
    table.addAll(moreCommands);
    return table;
  }

  private List<CommandSpec> ownCommands() {
    return List.of(
        new CommandSpec("start", "Say hello and show what I can do.", this::start),
        new CommandSpec(
            "help",
            "Show this help; /help summary explains one command.",
            (message, args) -> text(args.isBlank() ? router.helpText() : router.helpFor(args))),
        new CommandSpec(
            "ask", "Answer a question from the articles, e.g. /ask Who is quoted?", this::ask),
        new CommandSpec(
            "more", "Show more of the answer to the last question (\"What else?\").", this::more),
        new CommandSpec(
            "summary",
            "Summarize the newest article, or one by its id: /summary <id> (ids in /articles);"
                + " /summary 5 gives five sentences (1 to "
                + MAX_SUMMARY_SENTENCES
                + ", default "
                + summarySentences
                + ").",
            this::summary));
  }

  private List<Reply> start(IncomingMessage message, String arguments) {
    return text(
        "Hello! I brief you on news articles, quoting their own sentences.\n\n"
            + articleCommands.listing(message.chat(), 1)
            + "\n\n"
            + router.helpText());
  }

  private List<Reply> ask(IncomingMessage message, String question) {
    if (question.isBlank()) {
      throw new BriefingException("What would you like to know? For example: /ask Who is quoted?");
    }
    List<AnalyzedArticle> scope = requireArticles(message.chat());
    return answered(message.chat(), followUps.ask(message.chat(), scope, question), scope);
  }

  /**
   * {@code /more}: fails without a recent question, and a "More" button ({@code /more <question>})
   * fails once another question was asked, so a stale button expires.
   */
  private List<Reply> more(IncomingMessage message, String arguments) {
    List<AnalyzedArticle> scope = requireArticles(message.chat());
    Optional<String> asked = arguments.isBlank() ? Optional.empty() : Optional.of(arguments);
    return answered(message.chat(), followUps.more(message.chat(), scope, asked), scope);
  }

  /** The answer named, with a "More" button when more sentences would answer too. */
  private List<Reply> answered(
      ChatAddress chat, ChatAnswer chatAnswer, List<AnalyzedArticle> scope) {
    Answer answer = chatAnswer.answer();
    Reply named = named(Reply.of(answer), scope);
    Optional<Button> more =
        chatAnswer.more()
            ? followUps.askedToken(chat).map(token -> new Button("More", "/more " + token))
            : Optional.empty();
    Reply reply = more.map(b -> named.withButtons(List.of(List.of(b)))).orElse(named);
    Optional<String> note = languageNotes.note(answer.citations(), scope);
    return List.of(note.map(n -> reply.withText(reply.text() + "\n\nNote: " + n)).orElse(reply));
  }

  /**
   * {@code /summary [n]} summarizes the newest article the chat asks about in n sentences; {@code
   * /summary <id>} one article the chat sees, which fails (a stale button expires) once it does
   * not.
   */
  private List<Reply> summary(IncomingMessage message, String arguments) {
    if (!arguments.isEmpty() && !looksLikeANumber(arguments)) {
      AnalyzedArticle article = visibleById(message.chat(), arguments);
      return List.of(
          named(Reply.of(engine.summarize(article, summarySentences)), List.of(article)));
    }
    int sentences = arguments.isEmpty() ? summarySentences : parseSentences(arguments);
    AnalyzedArticle newest = requireArticles(message.chat()).get(0);
    return List.of(named(Reply.of(engine.summarize(newest, sentences)), List.of(newest)));
  }

  private AnalyzedArticle visibleById(ChatAddress chat, String id) {
    return scope.visible(chat).stream()
        .filter(a -> a.article().id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new BriefingException(
                    "I have no article \""
                        + ArticleCommands.abbreviate(id)
                        + "\" here. /summary takes an article id from /articles, or a number of"
                        + " sentences from 1 to "
                        + MAX_SUMMARY_SENTENCES
                        + "."));
  }

  /** Digits, a sign or a decimal point only: a (maybe bad) length, never an article id. */
  private static boolean looksLikeANumber(String arguments) {
    return arguments.matches("[+-]?[\\d.,]+");
  }

  /** The reply with each cited article named by its headline and link. */
  private static Reply named(Reply reply, List<AnalyzedArticle> scope) {
    return reply.naming(scope.stream().map(AnalyzedArticle::article).toList());
  }

  private List<AnalyzedArticle> requireArticles(ChatAddress chat) {
    List<AnalyzedArticle> askable = scope.askable(chat);
    if (askable.isEmpty()) {
      throw new BriefingException(articleCommands.listing(chat, 1));
    }
    return askable;
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
