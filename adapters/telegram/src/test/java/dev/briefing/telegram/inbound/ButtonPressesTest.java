package dev.briefing.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.telegram.ButtonCommands;
import dev.briefing.telegram.FakeBotApi;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.FakeSender.Attempt;
import dev.briefing.telegram.FakeSender.ButtonAnswer;
import dev.briefing.telegram.Fixtures;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Button presses through {@link UpdateHandler}: every press is answered exactly once, a press that
 * cannot run (forged, stale, foreign, refused) changes nothing, and paging edits in place.
 */
class ButtonPressesTest {
  private static final long USER = 501;
  private static final long GROUP = -200300;
  private static final int LISTING = 40;
  private static final String EXPIRED = ButtonPresses.EXPIRED;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final RecordingMetrics metrics = new RecordingMetrics();
  private final ButtonCommands commands = new ButtonCommands();
  private final AtomicInteger updateIds = new AtomicInteger(7000);

  private UpdateHandler handler(AccessPolicy access) {
    TelegramChatAdapter out =
        new TelegramChatAdapter(
            sender,
            new QueuedChatAdapter.Context(
                new InMemorySubscriptionRepository(clock),
                clock,
                scheduler,
                metrics,
                RateBudget.unlimited()));
    return new UpdateHandler(
        new TelegramMapper(Fixtures.BOT, Set.of("articles", "pause", "add", "summary")),
        access,
        commands.router(),
        out,
        (fileId, maxBytes) -> {
          throw new AssertionError("no download expected");
        },
        clock,
        metrics,
        InboundDedup.inMemory(),
        new ChatReturns(new InMemorySubscriptionRepository(clock)));
  }

  private String press(long chatId, String data) {
    return press(chatId, data, clock.instant().minus(Duration.ofMinutes(5)));
  }

  private String press(long chatId, String data, Instant posted) {
    return FakeBotApi.callbackUpdate(
        updateIds.incrementAndGet(), chatId, USER, LISTING, posted, data);
  }

  private List<Attempt> attempts() {
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    return sender.attempts();
  }

  @Test
  void pagingEditsTheListingItWasPressedOn() {
    handler(AccessPolicy.open()).handle(Fixtures.parse(press(USER, "/articles 2")));

    assertThat(sender.buttonAnswers()).containsExactly(new ButtonAnswer("cb7001", null));
    Attempt edit = attempts().get(0);
    assertThat(sender.attempts()).hasSize(1);
    assertThat(edit.edited()).isEqualTo(LISTING);
    assertThat(edit.chatId()).isEqualTo(String.valueOf(USER));
    assertThat(edit.text()).isEqualTo("Articles, page 2 of 3.");
    assertThat(edit.buttons()).containsExactly(List.of("/articles 1", "/articles 3"));
    assertThat(metrics.in("telegram")).isEqualTo(1);
    assertThat(metrics.latencies("telegram")).hasSize(1);
  }

  @Test
  void otherActionsAnswerInANewMessageQuotingTheListing() {
    handler(AccessPolicy.open()).handle(Fixtures.parse(press(USER, "/summary harbour")));

    assertThat(sender.buttonAnswers()).singleElement().extracting(ButtonAnswer::notice).isNull();
    assertThat(attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.edited()).isNull())
        .satisfies(a -> assertThat(a.replyTo()).isEqualTo(LISTING))
        .satisfies(a -> assertThat(a.text()).isEqualTo("Summary of harbour."));
  }

  @Test
  void aPressThatRunsPausesTheSubscriptionItNames() {
    commands.subscribe("5");

    handler(AccessPolicy.open()).handle(Fixtures.parse(press(USER, "/pause 5")));

    assertThat(commands.ran()).containsExactly("/pause 5");
    assertThat(sender.buttonAnswers()).singleElement().extracting(ButtonAnswer::notice).isNull();
    assertThat(attempts()).extracting(Attempt::text).containsExactly("Paused digest 5.");
  }

  @Test
  void aButtonUnderADigestFromDaysAgoStillWorks() {
    commands.subscribe("5");
    Instant threeDaysAgo = Instant.parse("2026-03-02T07:55:00Z").minus(Duration.ofDays(3));

    handler(AccessPolicy.open())
        .handle(
            Fixtures.parse(
                FakeBotApi.callbackUpdate(8020, USER, USER, 40, threeDaysAgo, "/pause 5")));

    assertThat(commands.ran()).containsExactly("/pause 5");
    assertThat(sender.buttonAnswers()).singleElement().extracting(ButtonAnswer::notice).isNull();
  }

  static Stream<Arguments> hostilePresses() {
    Instant fresh = Instant.parse("2026-03-02T07:55:00Z");
    return Stream.of(
        Arguments.of("empty data", FakeBotApi.callbackUpdate(8001, USER, USER, 40, fresh, "")),
        Arguments.of("no data", FakeBotApi.callbackUpdate(8002, USER, USER, 40, fresh, null)),
        Arguments.of(
            "data over 64 bytes",
            FakeBotApi.callbackUpdate(8003, USER, USER, 40, fresh, "/articles " + "2".repeat(70))),
        Arguments.of(
            "far over 64 bytes",
            FakeBotApi.callbackUpdate(8004, USER, USER, 40, fresh, "/summary " + "x".repeat(300))),
        Arguments.of("not a command", FakeBotApi.callbackUpdate(8005, USER, USER, 40, fresh, "hi")),
        Arguments.of(
            "a command no button runs",
            FakeBotApi.callbackUpdate(8006, USER, USER, 40, fresh, "/add http://evil")),
        Arguments.of(
            "an unknown command",
            FakeBotApi.callbackUpdate(8007, USER, USER, 40, fresh, "/nosuch 1")),
        Arguments.of(
            "a deleted subscription",
            FakeBotApi.callbackUpdate(8008, USER, USER, 40, fresh, "/pause 999")),
        Arguments.of(
            "a page that is gone",
            FakeBotApi.callbackUpdate(8009, USER, USER, 40, fresh, "/articles 99")),
        Arguments.of(
            "markup in the data",
            FakeBotApi.callbackUpdate(8010, USER, USER, 40, fresh, "/pause <b>1</b>")),
        Arguments.of(
            "no message (inline mode)",
            FakeBotApi.inlineCallbackUpdate(8011, USER, "/articles 2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostilePresses")
  void aPressThatCannotRunGetsTheExpiredNoticeAndChangesNothing(String why, String update) {
    handler(AccessPolicy.open()).handle(Fixtures.parse(update));

    assertThat(sender.buttonAnswers())
        .singleElement()
        .extracting(ButtonAnswer::notice)
        .isEqualTo(EXPIRED);
    assertThat(attempts()).isEmpty();
    assertThat(commands.ran()).isEmpty();
  }

  @Test
  void aPressFromAChatNotOnTheAllowlistIsRefusedInTheNotice() {
    UpdateHandler handler = handler(new AccessPolicy(Set.of("999"), Set.of(), Set.of(), Set.of()));

    handler.handle(Fixtures.parse(press(USER, "/articles 2")));

    assertThat(sender.buttonAnswers())
        .singleElement()
        .extracting(ButtonAnswer::notice)
        .isEqualTo(AccessPolicy.NOT_ALLOWED);
    assertThat(attempts()).isEmpty();
    assertThat(commands.ran()).isEmpty();
    assertThat(metrics.in("telegram")).isZero();
  }

  @Test
  void anAdminActionPressedByAMemberIsRefusedInTheNotice() {
    commands.subscribe("5");
    UpdateHandler handler =
        handler(
            new AccessPolicy(Set.of(), Set.of(), Set.of(), AccessPolicy.DEFAULT_ADMIN_COMMANDS));

    handler.handle(Fixtures.parse(press(GROUP, "/pause 5")));

    assertThat(sender.buttonAnswers())
        .singleElement()
        .extracting(ButtonAnswer::notice)
        .asString()
        .contains("/pause");
    assertThat(attempts()).isEmpty();
    assertThat(commands.ran()).isEmpty();
  }

  @Test
  void aPressDeliveredTwiceIsHandledAndAnsweredOnce() {
    UpdateHandler handler = handler(AccessPolicy.open());
    String update = press(USER, "/articles 2");

    handler.handle(Fixtures.parse(update));
    handler.handle(Fixtures.parse(update));

    assertThat(sender.buttonAnswers()).hasSize(1);
    assertThat(attempts()).hasSize(1);
  }

  @Test
  void aSlowCommandsProgressMessageBecomesItsAnswer() {
    handler(AccessPolicy.open())
        .handle(Fixtures.parse(FakeBotApi.privateUpdate(7102, USER, "/add https://example.org/a")));

    List<Attempt> sent = attempts();
    assertThat(sent)
        .extracting(Attempt::text)
        .containsExactly(
            "Fetching example.org/a…", "Added “Harbour reopens” from https://example.org/a.");
    assertThat(sent.get(0).replyTo()).isEqualTo(102); // the /add message
    assertThat(sent.get(1).edited()).isEqualTo(sent.get(0).messageId());
    assertThat(metrics.latencies("telegram")).hasSize(1);
  }
}
