package dev.briefing.loadtest;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.FeedCommands;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.digest.SubscriptionCommands;
import dev.briefing.core.store.InMemoryChatSettingsRepository;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemoryFeedFollowRepository;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.testing.RecordingChatAdapter;
import dev.briefing.testing.RecordingDigestScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bot's whole command table (briefing, article, digest and feed commands) over the real BM25
 * engine and the bundled nato-russia sample article, with in-memory stores, as the app wires it
 * minus the database and Quartz. Every command is wrapped to count the messages routed and the
 * unexpected exceptions (those the router turns into {@link CommandRouter#GENERIC_ERROR}).
 */
final class SampleBot {
  /** Questions whose answers come from the sample article. */
  static final List<String> QUESTIONS =
      List.of(
          "What did Lavrov say?",
          "Who is Stoltenberg?",
          "What does Russia want?",
          "/summary 3",
          "/ask What did NATO decide?");

  /** The question asked after a barrage, to show the bot still answers correctly. */
  static final String KNOWN_QUESTION = QUESTIONS.get(0);

  private final InMemorySubscriptionRepository subscriptions;
  private final InMemoryArticleRepository articles;
  private final InMemoryChatSettingsRepository settings;
  private final InMemoryFeedFollowRepository follows = new InMemoryFeedFollowRepository();
  private final CommandRouter router;
  private final List<CommandSpec> commands;
  private final AtomicLong routed = new AtomicLong();
  private final AtomicLong unexpected = new AtomicLong();

  SampleBot(Clock clock) {
    BriefingCore core = core();
    articles = new InMemoryArticleRepository(clock);
    articles.save(core.engine().analyze(core.reader().parse("nato-russia.txt", article())));
    subscriptions = new InMemorySubscriptionRepository(clock);
    settings = new InMemoryChatSettingsRepository();
    DigestService digests =
        new DigestService(
            core.engine(),
            articles,
            subscriptions,
            new InMemoryDeliveryLog(subscriptions),
            new RecordingChatAdapter(),
            clock,
            DigestOptions.defaults());
    List<CommandSpec> more =
        new ArrayList<>(
            new SubscriptionCommands(
                    subscriptions,
                    settings,
                    new RecordingDigestScheduler(),
                    digests,
                    clock,
                    ZoneId.of("UTC"))
                .commands());
    FeedCommands feeds = new FeedCommands(follows, feed -> {}, feed -> Optional.empty());
    more.addAll(feeds.commands());
    BriefingCommands briefing =
        new BriefingCommands(
            core.engine(),
            core.reader(),
            articles,
            settings,
            feeds::followedBy,
            Optional.empty(),
            dev.briefing.core.ingest.LanguageCheck.NONE,
            3,
            more);
    CommandRouter inner = briefing.router();
    commands = briefing.commands().stream().map(this::counted).toList();
    router = new CommandRouter(commands, (message, text) -> count(inner, message));
  }

  CommandRouter router() {
    return router;
  }

  List<CommandSpec> commands() {
    return commands;
  }

  InMemorySubscriptionRepository subscriptions() {
    return subscriptions;
  }

  /**
   * What commands can change, as text to compare before and after: the articles, the feeds
   * followed, every active subscription, and each of {@code chats}' subscriptions (paused ones
   * too), time zone and focus.
   */
  String state(Collection<ChatAddress> chats) {
    StringBuilder state =
        new StringBuilder("articles ")
            .append(articles.findAll().stream().map(a -> a.article().id()).toList())
            .append("\nfeeds ")
            .append(follows.allFeeds())
            .append("\nactive ")
            .append(subscriptions.findAllActive());
    for (ChatAddress chat : chats) {
      state
          .append('\n')
          .append(chat)
          .append(": ")
          .append(subscriptions.findByChat(chat))
          .append(' ')
          .append(settings.findZone(chat))
          .append(' ')
          .append(settings.findFocus(chat));
    }
    return state.toString();
  }

  /** Messages the router handled (commands and questions). */
  long routed() {
    return routed.get();
  }

  /** Handlers that threw something other than a BriefingException: the generic error replies. */
  long unexpectedFailures() {
    return unexpected.get();
  }

  /** What the router answers to {@code text} in a chat that has set nothing. */
  List<Reply> expected(String text) {
    long before = routed.get();
    List<Reply> replies =
        router.route(new IncomingMessage(ChatAddress.of("expected", "0"), "U0", text));
    routed.set(before);
    return replies;
  }

  private CommandSpec counted(CommandSpec spec) {
    return new CommandSpec(
        spec.name(),
        spec.description(),
        (message, arguments) -> {
          routed.incrementAndGet();
          try {
            return spec.command().handle(message, arguments);
          } catch (BriefingException e) {
            throw e;
          } catch (RuntimeException e) {
            unexpected.incrementAndGet();
            throw e;
          }
        });
  }

  // Free text goes to the inner router, which catches everything: its generic reply is counted.
  private List<Reply> count(CommandRouter inner, IncomingMessage message) {
    routed.incrementAndGet();
    List<Reply> replies = inner.route(message);
    if (replies.stream().anyMatch(r -> r.text().equals(CommandRouter.GENERIC_ERROR))) {
      unexpected.incrementAndGet();
    }
    return replies;
  }

  private static BriefingCore shared;

  // Loading the language models takes seconds; the engine keeps no per-bot state, so every bot in
  // the JVM shares one.
  private static synchronized BriefingCore core() {
    if (shared == null) {
      shared = BriefingCore.createDefault();
    }
    return shared;
  }

  /** The bundled sample article, from bot-core's test-jar. */
  static String article() {
    try (InputStream in =
        SampleBot.class.getClassLoader().getResourceAsStream("corpus/nato-russia.txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus/nato-russia.txt is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
