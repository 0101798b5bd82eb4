package dev.briefing.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.telegram.FakeBotApi;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.Fixtures;
import dev.briefing.telegram.TelegramBotIT;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.telegram.outbound.TypingIndicator;
import dev.briefing.testing.CapturedLogs;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingMetrics;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class UpdateHandlerTest {
  private static final String TELEGRAM = "telegram";
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final List<String> questions = new CopyOnWriteArrayList<>();
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final List<SendChatAction> typingSent = new CopyOnWriteArrayList<>();
  private volatile boolean typingFails;
  // Shared by the handlers of one test, as the database's inbound event log is across restarts.
  private final InboundDedup seen = InboundDedup.inMemory();
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);

  // Telegram's adapter reports under its own name only and counts no digests.
  @AfterEach
  void reportsNothingButTelegramsOwnMetrics() {
    assertThat(metrics.platforms()).isSubsetOf(TELEGRAM);
    assertThat(metrics.digests()).isEmpty();
  }

  private UpdateHandler handler(AccessPolicy access) {
    return handler(access, java.util.Set.of());
  }

  private UpdateHandler handler(AccessPolicy access, java.util.Set<String> commandNames) {
    return handler(access, commandNames, NO_CHAT_ADMINS, TelegramBotIT.router(questions));
  }

  private UpdateHandler handler(
      AccessPolicy access,
      java.util.Set<String> commandNames,
      AccessPolicy.ChatAdmins chatAdmins,
      CommandRouter router) {
    TelegramChatAdapter out =
        new TelegramChatAdapter(
            sender,
            new QueuedChatAdapter.Context(
                subscriptions, clock, scheduler, metrics, RateBudget.unlimited()));
    return new UpdateHandler(
        new TelegramMapper(Fixtures.BOT, commandNames),
        access,
        router,
        out,
        (fileId, maxBytes) -> {
          throw new AssertionError("no download expected");
        },
        clock,
        metrics,
        seen,
        new ChatReturns(subscriptions),
        chatAdmins,
        new TypingIndicator(this::typing, scheduler));
  }

  // Records each "typing…" sent; fails it when told to, as a network error would.
  private CompletionStage<?> typing(SendChatAction action) throws TelegramApiException {
    typingSent.add(action);
    if (typingFails) {
      throw new TelegramApiException("Unable to execute sendchataction method");
    }
    return CompletableFuture.completedFuture(true);
  }

  private static final AccessPolicy.ChatAdmins NO_CHAT_ADMINS = (chat, user) -> false;

  private List<String> sentTexts() {
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    return sender.delivered().stream().map(FakeSender.Attempt::text).toList();
  }

  @Test
  void refusesOutsidersPolitelyOncePerChatThenStaysSilent() {
    UpdateHandler handler = handler(new AccessPolicy(Set.of(), Set.of("999"), Set.of(), Set.of()));

    handler.handle(Fixtures.update("private-question"));
    handler.handle(Fixtures.update("private-question")); // a duplicate: ignored anyway
    handler.handle(Fixtures.parse(TelegramBotIT.privateUpdate(4001, 501, "again")));

    assertThat(sentTexts()).containsExactly(AccessPolicy.NOT_ALLOWED);
    assertThat(questions).isEmpty();
  }

  @Test
  void anUpdateHandledBeforeARestartIsNotAnsweredAgain() {
    handler(AccessPolicy.open()).handle(Fixtures.update("private-question"));
    // A new bot (a restart) over the same log: long polling hands it the unconfirmed batch again.
    handler(AccessPolicy.open()).handle(Fixtures.update("private-question"));

    assertThat(sentTexts()).hasSize(1);
    assertThat(questions).hasSize(1);
  }

  @Test
  void refusesAnAdminCommandInAGroupToAMemberWhoIsNoChatAdmin() {
    List<String> asked = new CopyOnWriteArrayList<>();
    UpdateHandler handler =
        handler(
            new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("summary")),
            Set.of(),
            (chat, user) -> {
              asked.add(chat.chatId() + "/" + user);
              return false;
            },
            TelegramBotIT.router(questions));

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts())
        .containsExactly("Only this chat's admins can use /summary here; ask one of them.");
    assertThat(asked).containsExactly("-200300/502");
  }

  @Test
  void letsAGroupsOwnAdminRunAnAdminCommand() {
    UpdateHandler handler =
        handler(
            new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("summary")),
            Set.of(),
            (chat, user) -> chat.chatId().equals("-200300") && user.equals("502"),
            TelegramBotIT.router(questions));

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts()).containsExactly("Summary of 3 sentences.");
  }

  @Test
  void letsAConfiguredAdminRunAnAdminCommandInAnyGroupWithoutAsking() {
    UpdateHandler handler =
        handler(
            new AccessPolicy(Set.of(), Set.of(), Set.of("502"), Set.of("summary")),
            Set.of(),
            (chat, user) -> {
              throw new AssertionError("no getChatMember expected");
            },
            TelegramBotIT.router(questions));

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts()).containsExactly("Summary of 3 sentences.");
  }

  @Test
  void letsAnyoneRunAdminCommandsInTheirPrivateChatWithoutAsking() {
    UpdateHandler handler =
        handler(
            new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("summary")),
            Set.of(),
            (chat, user) -> {
              throw new AssertionError("no getChatMember expected");
            },
            TelegramBotIT.router(questions));

    handler.handle(Fixtures.parse(TelegramBotIT.privateUpdate(4003, 501, "/summary 2")));

    assertThat(sentTexts()).containsExactly("Summary of 2 sentences.");
  }

  @Test
  void refusesADocumentFromAGroupMemberWhoIsNoAdminBeforeDownloadingIt() {
    UpdateHandler handler =
        handler(new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("add")));

    handler.handle(Fixtures.update("group-document-add-command"));

    assertThat(sentTexts())
        .containsExactly("Only this chat's admins can use /add here; ask one of them.");
  }

  @Test
  void showsTypingWhileASlowAnswerIsPreparedUntilItIsQueued() {
    UpdateHandler handler =
        handler(AccessPolicy.open(), Set.of(), NO_CHAT_ADMINS, routerTaking(Duration.ofSeconds(6)));

    handler.handle(Fixtures.update("forum-topic-mention"));
    List<String> sent = sentTexts(); // runs every task left: none sends typing any more

    assertThat(sent).containsExactly("done");
    // At 1 s, then 4 s later; the answer was queued at 6 s.
    assertThat(typingSent).hasSize(2);
    assertThat(typingSent)
        .allSatisfy(
            action -> {
              assertThat(action.getChatId()).isEqualTo("-1001234567890");
              assertThat(action.getAction()).isEqualTo("typing");
              assertThat(action.getMessageThreadId()).isEqualTo(42);
            });
  }

  @Test
  void showsNoTypingForAnAnswerReadyWithinASecond() {
    UpdateHandler handler =
        handler(
            AccessPolicy.open(), Set.of(), NO_CHAT_ADMINS, routerTaking(Duration.ofMillis(900)));

    handler.handle(Fixtures.update("group-mention"));

    assertThat(sentTexts()).containsExactly("done");
    assertThat(typingSent).isEmpty();
  }

  @Test
  void aFailingTypingCallNeitherRetriesNorHoldsUpTheAnswer() {
    typingFails = true;
    UpdateHandler handler =
        handler(AccessPolicy.open(), Set.of(), NO_CHAT_ADMINS, routerTaking(Duration.ofSeconds(2)));

    handler.handle(Fixtures.update("group-mention"));

    assertThat(sentTexts()).containsExactly("done");
    assertThat(typingSent).hasSize(1);
  }

  // Answers every question after {@code time} on the test clock, running what falls due meanwhile
  // (the clock moves in steps of at most a second, as the time of a real answer passes).
  private CommandRouter routerTaking(Duration time) {
    return new CommandRouter(
        TelegramBotIT.commands(),
        (message, text) -> {
          for (Duration left = time;
              left.compareTo(Duration.ZERO) > 0;
              left = left.minusSeconds(1)) {
            scheduler.advance(
                left.compareTo(Duration.ofSeconds(1)) < 0 ? left : Duration.ofSeconds(1));
          }
          return List.of(Reply.text("done"));
        });
  }

  @Test
  void answersWhatTheAccessPolicyAdmits() {
    UpdateHandler handler = handler(AccessPolicy.open());

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts()).containsExactly("Summary of 3 sentences.");
  }

  @Test
  void countsTheMessagesItAdmitsButNotOutsidersOrChatter() {
    UpdateHandler open = handler(AccessPolicy.open());
    open.handle(Fixtures.update("group-command-for-us"));
    open.handle(Fixtures.update("group-chatter"));
    UpdateHandler closed = handler(new AccessPolicy(Set.of(), Set.of("999"), Set.of(), Set.of()));
    closed.handle(Fixtures.update("private-question"));

    sentTexts();

    assertThat(metrics.in(TELEGRAM)).isEqualTo(1);
    assertThat(metrics.out(TELEGRAM)).isEqualTo(2); // the answer and the refusal
    assertThat(metrics.latencies(TELEGRAM)).hasSize(1);
  }

  @Test
  void timesAnAnswerFromTheUpdatesArrivalUntilTelegramAcceptsItsFirstMessage() {
    Instant arrived = clock.instant();
    clock.advance(Duration.ofMillis(300)); // waiting for the update thread
    sender.takes(Duration.ofMillis(120)); // the sendMessage round trip, counted when it ends
    UpdateHandler handler = handler(AccessPolicy.open());

    handler.handle(Fixtures.parse(TelegramBotIT.privateUpdate(4002, 777, "long")), arrived);
    sentTexts();

    assertThat(sender.delivered()).hasSizeGreaterThan(1);
    assertThat(metrics.latencies(TELEGRAM)).containsExactly(Duration.ofMillis(420));
  }

  @Test
  void logsInboundAndOutboundLinesWithPlatformChatAndUpdateIds() {
    sender.failNext(FakeSender.serverError());
    UpdateHandler handler = handler(AccessPolicy.open());

    try (CapturedLogs logs = new CapturedLogs()) {
      handler.handle(Fixtures.update("private-question"));
      handler.handle(Fixtures.update("private-question"));
      sentTexts();

      ILoggingEvent skipped = only(logs.containing("already handled"));
      assertThat(skipped.getMDCPropertyMap())
          .containsEntry("platform", "telegram")
          .containsEntry("chat_id", "501")
          .containsEntry("update_id", "1001");
      ILoggingEvent retried = only(logs.containing("retrying in"));
      assertThat(retried.getThreadName()).isEqualTo(Thread.currentThread().getName());
      assertThat(retried.getMDCPropertyMap())
          .containsEntry("platform", "telegram")
          .containsEntry("chat_id", "501")
          .containsEntry("update_id", "1001");
    }
    assertThat(org.slf4j.MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void theCoresLogLinesAboutAnUpdateCarryItsIdsToo() {
    UpdateHandler handler =
        new UpdateHandler(
            new TelegramMapper(Fixtures.BOT),
            AccessPolicy.open(),
            new dev.briefing.core.chat.CommandRouter(
                TelegramBotIT.commands(),
                (message, text) -> {
                  throw new IllegalStateException("engine broke");
                }),
            new TelegramChatAdapter(
                sender,
                QueuedChatAdapter.Context.of(
                    new InMemorySubscriptionRepository(clock), clock, scheduler)),
            (fileId, maxBytes) -> new byte[0],
            clock,
            metrics,
            InboundDedup.inMemory(),
            new ChatReturns(subscriptions));

    try (CapturedLogs logs = new CapturedLogs()) {
      handler.handle(Fixtures.update("private-question"));

      ILoggingEvent failed = only(logs.containing("Failed to handle a message"));
      assertThat(failed.getMDCPropertyMap())
          .containsEntry("chat_id", "501")
          .containsEntry("update_id", "1001");
    }
  }

  private static ILoggingEvent only(List<ILoggingEvent> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void aChatThatUnblocksTheBotGetsItsPausedDigestsBackWithOneLine() {
    Subscription digest = subscribe(ChatAddress.of(TELEGRAM, "501"));
    Subscription elsewhere = subscribe(ChatAddress.of(TELEGRAM, "502"));
    subscriptions.pauseChat(digest.chat());
    subscriptions.pauseChat(elsewhere.chat());

    handler(AccessPolicy.open()).handle(Fixtures.parse(membership(2001, 501, "kicked", "member")));

    assertThat(subscriptions.findById(digest.id()).orElseThrow().paused()).isFalse();
    assertThat(subscriptions.findById(elsewhere.id()).orElseThrow().paused()).isTrue();
    assertThat(sentTexts()).singleElement().asString().contains("on again");
    assertThat(sender.delivered().get(0).chatId()).isEqualTo("501");
  }

  @Test
  void aGroupThatAddsTheBotBackAsAdminGetsItsDigestsBack() {
    Subscription digest = subscribe(ChatAddress.of(TELEGRAM, "-200300"));
    subscriptions.pauseChat(digest.chat());

    handler(AccessPolicy.open())
        .handle(Fixtures.parse(membership(2002, -200300, "left", "administrator")));

    assertThat(subscriptions.findById(digest.id()).orElseThrow().paused()).isFalse();
    assertThat(sentTexts()).hasSize(1);
  }

  @Test
  void otherMembershipChangesResumeNothingAndSayNothing() {
    Subscription digest = subscribe(ChatAddress.of(TELEGRAM, "501"));
    subscriptions.pauseChat(digest.chat());
    UpdateHandler handler = handler(AccessPolicy.open());

    handler.handle(Fixtures.parse(membership(2003, 501, "member", "kicked"))); // blocked again
    handler.handle(Fixtures.parse(membership(2004, 501, "member", "administrator"))); // promoted

    assertThat(subscriptions.findById(digest.id()).orElseThrow().paused()).isTrue();
    assertThat(sentTexts()).isEmpty();
    assertThat(questions).isEmpty();
  }

  @Test
  void aChatThatComesBackWithNothingPausedHearsNothing() {
    subscribe(ChatAddress.of(TELEGRAM, "501"));

    handler(AccessPolicy.open()).handle(Fixtures.parse(membership(2005, 501, "kicked", "member")));

    assertThat(sentTexts()).isEmpty();
  }

  @Test
  void aDeepLinkToAnAdminCommandIsRefusedInAGroupToSomeoneWhoIsNoAdmin() {
    AccessPolicy adminsOnly =
        new AccessPolicy(
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of("999"),
            dev.briefing.core.chat.AccessPolicy.DEFAULT_ADMIN_COMMANDS);
    UpdateHandler handler = handler(adminsOnly, java.util.Set.of("summary", "subscribe"));

    handler.handle(
        Fixtures.parse(
            FakeBotApi.groupUpdate(4001, -200300, 502, "/start@BriefingTestBot subscribe_0800")));

    assertThat(sentTexts())
        .singleElement()
        .asString()
        .contains("Only this chat's admins can use /subscribe");
    assertThat(questions).isEmpty();
  }

  private Subscription subscribe(ChatAddress chat) {
    return subscriptions.add(
        new NewSubscription(
            chat, LocalTime.of(8, 0), EnumSet.allOf(DayOfWeek.class), ZoneId.of("UTC")));
  }

  /** A my_chat_member update: the bot's own status in {@code chatId} changed. */
  private static String membership(int updateId, long chatId, String from, String to) {
    String type =
        chatId < 0 ? "supergroup\",\"title\":\"Newsroom" : "private\",\"first_name\":\"Ann";
    String bot =
        "{\"id\":777000111,\"is_bot\":true,\"first_name\":\"Briefing\","
            + "\"username\":\"BriefingTestBot\"}";
    return "{\"update_id\":"
        + updateId
        + ",\"my_chat_member\":{\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\""
        + type
        + "\"},\"from\":{\"id\":501,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"date\":1764300000,\"old_chat_member\":{\"status\":\""
        + from
        + "\",\"user\":"
        + bot
        + (from.equals("kicked") ? ",\"until_date\":0" : "")
        + "},\"new_chat_member\":{\"status\":\""
        + to
        + "\",\"user\":"
        + bot
        + (to.equals("kicked") ? ",\"until_date\":0" : "")
        + "}}}";
  }
}
