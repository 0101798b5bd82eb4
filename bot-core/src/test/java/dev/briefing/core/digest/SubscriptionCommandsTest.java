package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ArticleOrigin;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.InMemoryChatSettingsRepository;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.Subscription;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingChatAdapter;
import dev.briefing.testing.RecordingDigestScheduler;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionCommandsTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");
  private static final ChatAddress OTHER_CHAT = ChatAddress.of("test", "chat-2");

  // Friday 27 November 2026, 13:00 in Berlin.
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final InMemoryChatSettingsRepository settings = new InMemoryChatSettingsRepository();
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final RecordingDigestScheduler scheduler = new RecordingDigestScheduler();
  private final DigestService digests =
      new DigestService(
          engine,
          articles,
          subscriptions,
          new InMemoryDeliveryLog(subscriptions),
          new RecordingChatAdapter(),
          clock,
          DigestOptions.defaults(),
          chat -> Set.of(ArticleOrigin.everyone(), ArticleOrigin.chat(chat)),
          DigestOutcomes.NONE,
          ChatFilter.NONE,
          StoryGrouping.NONE,
          chat -> settings.findDigestLayout(chat).orElse(DigestLayout.DEFAULT));
  private final CommandRouter router =
      new BriefingCommands(
              engine,
              new FakeArticleReader(),
              articles,
              2,
              new SubscriptionCommands(
                      subscriptions, settings, scheduler, digests, clock, ZoneId.of("UTC"))
                  .commands())
          .router();

  @Test
  void subscribeSavesSchedulesAndAnswersWithIdScheduleAndNextDigest() {
    assertThat(say("/subscribe weekdays 07:30 Europe/Berlin"))
        .isEqualTo(
            "Subscribed: #1 weekdays at 07:30 Europe/Berlin. Next digest: Mon 30 Nov 07:30 CET.\n"
                + "Stop it with /unsubscribe 1.");
    Subscription saved = subscriptions.findById(1).orElseThrow();
    assertThat(saved.days()).isEqualTo(Subscription.WEEKDAYS);
    assertThat(saved.time()).isEqualTo(LocalTime.of(7, 30));
    assertThat(scheduler.scheduled()).containsExactly(saved);
  }

  @Test
  void subscribeWithoutZoneUsesTheChatsZone() {
    say("/timezone America/New_York");

    assertThat(say("/subscribe 08:00"))
        .isEqualTo(
            "Subscribed: #1 daily at 08:00 America/New_York. Next digest: Fri 27 Nov 08:00 EST.\n"
                + "Stop it with /unsubscribe 1.");
  }

  @Test
  void subscribeWithoutAnyZoneUsesTheDefaultAndSaysHowToSetOne() {
    assertThat(say("/subscribe 18:00"))
        .startsWith("Subscribed: #1 daily at 18:00 UTC. Next digest: Fri 27 Nov 18:00 UTC.")
        .endsWith(
            "That is the default time zone, UTC; set this chat's own with /timezone Area/City,"
                + " e.g. /timezone Europe/Berlin.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/subscribe",
        "/subscribe   ",
        "/subscribe 25:00",
        "/subscribe 07:61",
        "/subscribe 13pm",
        "/subscribe weekdays",
        "/subscribe tomorrow 08:00",
        "/subscribe 08:00 09:00",
        "/subscribe 08:00 Mars/Olympus",
        "/subscribe 08:00 +02:00",
        "/subscribe 08:00 UTC+2",
        "/subscribe 08:00 GMT-5",
        "/subscribe 08:00 Europe/Berlin America/New_York",
        "/subscribe mon,funday 08:00",
        "/subscribe daily weekdays 08:00",
        "/subscribe 8 o'clock"
      })
  void malformedSubscribeAnswersWithExamplesAndStoresNothing(String input) {
    assertThat(say(input)).contains("/subscribe 08:00 Europe/Berlin");
    assertThat(subscriptions.findByChat(CHAT)).isEmpty();
    assertThat(scheduler.scheduled()).isEmpty();
  }

  @Test
  void subscribingTwiceToTheSameScheduleIsRefused() {
    say("/subscribe 08:00 Europe/Berlin");

    assertThat(say("/subscribe 8am Europe/Berlin"))
        .isEqualTo("This chat already gets that digest: #1 daily at 08:00 Europe/Berlin.");
    assertThat(subscriptions.findByChat(CHAT)).hasSize(1);
  }

  @Test
  void subscriptionsListsTheChatsDigestsWithIdsAndNextTimes() {
    say("/subscribe weekdays 07:30 Europe/Berlin");
    say("/subscribe sat,sun 10:00 America/New_York");
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");

    assertThat(say("/subscriptions"))
        .isEqualTo(
            """
            This chat's digests:
            #1 weekdays at 07:30 Europe/Berlin, next Mon 30 Nov 07:30 CET
            #2 weekends at 10:00 America/New_York, next Sat 28 Nov 10:00 EST
            Stop one with /unsubscribe <id>, or all with /unsubscribe all.""");
  }

  @Test
  void subscriptionsWithoutAnyExplainsHowToSubscribe() {
    assertThat(say("/subscriptions"))
        .isEqualTo(
            "This chat has no digests. Subscribe with /subscribe 08:00 Europe/Berlin or"
                + " /subscribe weekdays 07:30.");
  }

  @Test
  void unsubscribeByIdRemovesAndUnschedulesIt() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");

    assertThat(say("/unsubscribe 1")).isEqualTo("Stopped #1 daily at 07:30 Europe/Berlin.");
    assertThat(say("/unsubscribe #2")).isEqualTo("Stopped #2 daily at 18:00 Europe/Berlin.");
    assertThat(subscriptions.findByChat(CHAT)).isEmpty();
    assertThat(scheduler.unscheduled()).containsExactly(1L, 2L);
  }

  @Test
  void pauseAndResumeOneDigestById() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");

    assertThat(say("/pause 1"))
        .isEqualTo("Paused #1 daily at 07:30 Europe/Berlin. /resume 1 starts it again.");
    assertThat(subscriptions.findById(1).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.BY_CHAT);
    assertThat(subscriptions.findById(2).orElseThrow().paused()).isFalse();
    assertThat(say("/subscriptions"))
        .contains("#1 daily at 07:30 Europe/Berlin (paused; /resume 1");

    assertThat(say("/resume #1"))
        .startsWith("Resumed #1 daily at 07:30 Europe/Berlin; next digest");
    assertThat(subscriptions.findById(1).orElseThrow().paused()).isFalse();
    assertThat(say("/resume 1")).isEqualTo("#1 daily at 07:30 Europe/Berlin is not paused.");
  }

  @Test
  void pauseAloneOrAllPausesEveryDigestOfTheChatOnlyAndResumeBringsThemBack() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");

    assertThat(say("/pause")).isEqualTo("Paused 2 digests. /resume starts them again.");
    assertThat(say("/pause all"))
        .isEqualTo("Every digest of this chat is paused already; /resume starts them again.");
    assertThat(subscriptions.findById(3).orElseThrow().paused()).isFalse();

    assertThat(say("/resume all")).startsWith("Resumed 2 digests.").contains("#1", "#2");
    assertThat(subscriptions.findAllActive()).hasSize(3);
    assertThat(say("/resume")).isEqualTo("No digest of this chat is paused.");
  }

  @Test
  void subscriptionsSayWhyADigestIsPaused() {
    say("/subscribe 07:30 Europe/Berlin");
    subscriptions.pauseChat(CHAT); // sending failed for good

    assertThat(say("/subscriptions"))
        .contains("#1 daily at 07:30 Europe/Berlin (paused: I could not reach this chat");
  }

  @Test
  void anotherChatsDigestCannotBePausedOrResumedAndBadIdsAreExplained() {
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");
    say("/subscribe 07:30 Europe/Berlin");

    assertThat(say("/pause 1"))
        .isEqualTo("This chat has no digest #1; /subscriptions lists its ids.");
    assertThat(say("/resume 1"))
        .isEqualTo("This chat has no digest #1; /subscriptions lists its ids.");
    assertThat(say("/pause soon")).startsWith("'soon' is not a digest id. Use /pause 3");
    assertThat(subscriptions.findById(1).orElseThrow().paused()).isFalse();
    assertThat(sayIn(OTHER_CHAT, "/resume")).isEqualTo("No digest of this chat is paused.");
  }

  @Test
  void aChatWithoutDigestsIsToldHowToSubscribe() {
    assertThat(say("/pause")).startsWith("This chat has no digests to pause. Subscribe with");
    assertThat(say("/resume 2")).startsWith("This chat has no digests to resume.");
  }

  @Test
  void unsubscribeAllRemovesEveryDigestOfTheChatOnly() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");

    assertThat(say("/unsubscribe ALL")).isEqualTo("Stopped all 2 digests.");
    assertThat(subscriptions.findByChat(CHAT)).isEmpty();
    assertThat(subscriptions.findByChat(OTHER_CHAT)).hasSize(1);
  }

  @Test
  void unsubscribeAloneStopsTheOnlyDigestOrAsksWhichOne() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");

    assertThat(say("/unsubscribe"))
        .isEqualTo(
            """
            Which one? Use /unsubscribe <id> or /unsubscribe all:
            #1 daily at 07:30 Europe/Berlin, next Sat 28 Nov 07:30 CET
            #2 daily at 18:00 Europe/Berlin, next Fri 27 Nov 18:00 CET""");
    assertThat(subscriptions.findByChat(CHAT)).hasSize(2);

    say("/unsubscribe 2");
    assertThat(say("/unsubscribe")).isEqualTo("Stopped #1 daily at 07:30 Europe/Berlin.");
  }

  @Test
  void unsubscribeOfAnUnknownIdOrAnotherChatsIdStopsNothing() {
    say("/subscribe 07:30 Europe/Berlin");
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");

    assertThat(say("/unsubscribe 42"))
        .isEqualTo("This chat has no digest #42; /subscriptions lists its ids.");
    assertThat(say("/unsubscribe 2"))
        .isEqualTo("This chat has no digest #2; /subscriptions lists its ids.");
    assertThat(subscriptions.findById(2)).isPresent();
    assertThat(scheduler.unscheduled()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "0", "1.5", "1 2", "99999999999999999999", "#", "every"})
  void unsubscribeWithGarbageSaysHowAndStopsNothing(String argument) {
    say("/subscribe 07:30 Europe/Berlin");

    assertThat(say("/unsubscribe " + argument))
        .endsWith(
            "' is not a digest id. Use /unsubscribe 3 (/subscriptions lists the ids) or"
                + " /unsubscribe all.");
    assertThat(subscriptions.findByChat(CHAT)).hasSize(1);
  }

  @Test
  void unsubscribeWithoutDigestsSaysThereAreNone() {
    assertThat(say("/unsubscribe 1"))
        .startsWith("This chat has no digests to stop. Subscribe with /subscribe 08:00");
  }

  @Test
  void digestSendsOneNowInTheChatsZone() {
    say("/timezone Europe/Berlin");
    articles.save(
        engine.analyze(new FakeArticleReader().parse("budget.txt", "Budget passes\nThe vote.")));

    assertThat(say("/digest"))
        .isEqualTo(
            """
            Your first digest: 1 article.

            1. Budget passes
            Budget passes The vote.
            Source: budget.txt""");
  }

  @Test
  void digestWithNothingToSayAnswersAnyway() {
    assertThat(say("/digest")).isEqualTo("Nothing new yet.");
  }

  @Test
  void digestWithArgumentsExplainsItself() {
    assertThat(say("/digest tomorrow"))
        .isEqualTo(
            "/digest sends the digest now; /digest style headlines|summaries and /digest size <n>"
                + " (1 to 50) set how this chat's digests look. To get one daily, try /subscribe"
                + " 08:00.");
  }

  @Test
  void digestStyleAloneShowsTheDefaultThenHeadlinesChangeWhatDigestSends() {
    articles.save(
        engine.analyze(new FakeArticleReader().parse("budget.txt", "Budget passes\nThe vote.")));
    assertThat(say("/digest style"))
        .startsWith(
            "This chat's digests show summaries: up to 20 stories, each with a cited two-sentence"
                + " summary.");

    assertThat(say("/digest style HEADLINES"))
        .isEqualTo(
            "From now on this chat's digests show headlines: up to 20 stories, each a numbered"
                + " title with its link.");

    assertThat(settings.findDigestLayout(CHAT))
        .contains(new DigestLayout(DigestLayout.Style.HEADLINES, 20));
    assertThat(say("/digest"))
        .isEqualTo(
            """
            Your first digest: 1 article.

            1. Budget passes
            budget.txt""");
    assertThat(say("/digest style")).startsWith("This chat's digests show headlines");
  }

  @Test
  void digestSizeLimitsTheStoriesListedAndKeepsTheStyle() {
    for (String name : List.of("a", "b", "c")) {
      articles.save(
          engine.analyze(
              new FakeArticleReader().parse(name + ".txt", "Story " + name + "\nIt happened.")));
    }
    say("/digest style headlines");

    assertThat(say("/digest size 2"))
        .isEqualTo(
            "From now on this chat's digests show headlines: up to 2 stories, each a numbered"
                + " title with its link.");

    String digest = say("/digest");
    assertThat(digest).contains("\n1. ", "\n2. ").doesNotContain("\n3. ");
    assertThat(digest).endsWith("…and 1 more story: /articles lists them all.");
    assertThat(say("/digest size")).startsWith("This chat's digests list headlines: up to 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"size 0", "size 51", "size ten", "style bold", "style headlines now"})
  void badDigestSettingsAreRefusedAndChangeNothing(String arguments) {
    assertThat(say("/digest " + arguments)).isNotBlank().doesNotStartWith("From now on");

    assertThat(settings.findDigestLayout(CHAT)).isEmpty();
  }

  @Test
  void timezoneShowsTheDefaultThenSetsAndShowsTheChatsOwn() {
    assertThat(say("/timezone")).startsWith("This chat uses the default time zone, UTC.");

    assertThat(say("/timezone europe/berlin"))
        .isEqualTo(
            "Time zone set to Europe/Berlin (now Fri 27 Nov 13:00 CET). New digests use it;"
                + " existing ones keep their zone.");
    assertThat(settings.findZone(CHAT)).contains(ZoneId.of("Europe/Berlin"));
    assertThat(say("/timezone"))
        .isEqualTo("This chat's time zone is Europe/Berlin (now Fri 27 Nov 13:00 CET).");
    assertThat(settings.findZone(OTHER_CHAT)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "+02:00", "UTC+2", "Berlin", "Europe Berlin", "CET"})
  void timezoneRejectsWhatIsNotAnIanaZoneAndStoresNothing(String zone) {
    assertThat(say("/timezone " + zone))
        .endsWith(
            "For example: /timezone Europe/Berlin, /timezone America/New_York or"
                + " /timezone Asia/Tokyo.");
    assertThat(settings.findZone(CHAT)).isEmpty();
  }

  @Test
  void startWithAnythingAfterItGreets() { // deep links are expanded by the platform adapter
    assertThat(say("/start nonsense_here")).startsWith("Hello!");
    assertThat(say("/start start")).startsWith("Hello!");
    assertThat(say("/start <script>")).startsWith("Hello!");
    assertThat(subscriptions.findByChat(CHAT)).isEmpty();
  }

  @Test
  void helpForOneCommandExplainsItAndSuggestsForATypo() {
    assertThat(say("/help pause"))
        .isEqualTo("/pause — Pause digests: /pause 3, or /pause for all of them.");
    assertThat(say("/help /subscribe")).startsWith("/subscribe — Get a digest at a time:");
    assertThat(say("/help subscrbe"))
        .startsWith("I don't know the command /subscrbe. Did you mean /subscribe?");
  }

  @Test
  void helpListsTheDigestCommands() {
    assertThat(say("/help"))
        .contains(
            "/subscribe — Get a digest at a time:",
            "/subscriptions — List this chat's digests.",
            "/unsubscribe — Stop a digest:",
            "/digest — Send the digest now; set its look: /digest style headlines|summaries,",
            "/timezone — Show or set this chat's time zone:");
  }

  @Test
  void subscriptionsCarryPauseOrResumeAndStopButtonsPerDigest() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/subscribe 18:00 Europe/Berlin");
    say("/pause 2");

    Reply reply = router.route(new IncomingMessage(CHAT, "user-1", "/subscriptions")).get(0);

    assertThat(reply.buttons())
        .containsExactly(
            List.of(new Button("Pause #1", "/pause 1"), new Button("Stop #1", "/unsubscribe 1")),
            List.of(new Button("Resume #2", "/resume 2"), new Button("Stop #2", "/unsubscribe 2")));
  }

  @Test
  void buttonsOnAnotherChatsDigestExpireAndChangeNothing() {
    sayIn(OTHER_CHAT, "/subscribe 09:00 Asia/Tokyo");
    say("/subscribe 07:30 Europe/Berlin");

    assertThat(click("/pause 1")).isEmpty();
    assertThat(click("/unsubscribe 1")).isEmpty();
    sayIn(OTHER_CHAT, "/pause 1");
    assertThat(click("/resume 1")).isEmpty();

    assertThat(subscriptions.findById(1).orElseThrow().pause())
        .isEqualTo(Subscription.Pause.BY_CHAT);
    assertThat(scheduler.unscheduled()).isEmpty();
  }

  @Test
  void staleButtonsExpire() {
    say("/subscribe 07:30 Europe/Berlin");

    assertThat(click("/pause 1")).isPresent();
    assertThat(click("/pause 1")).isEmpty(); // pressed twice
    assertThat(click("/resume 1")).isPresent();
    assertThat(click("/resume 1")).isEmpty();
    assertThat(click("/unsubscribe 1")).isPresent();
    assertThat(click("/unsubscribe 1")).isEmpty();
    assertThat(click("/pause 1")).isEmpty(); // no digests left at all
    assertThat(click("/resume 1")).isEmpty();
    assertThat(click("/pause 42")).isEmpty();
  }

  @Test
  void typedPauseOfAPausedDigestSaysSo() {
    say("/subscribe 07:30 Europe/Berlin");
    say("/pause 1");

    assertThat(say("/pause 1"))
        .isEqualTo("#1 daily at 07:30 Europe/Berlin is paused already; /resume 1 starts it again.");
  }

  private java.util.Optional<List<Reply>> click(String action) {
    return router.click(new IncomingMessage(CHAT, "user-1", action));
  }

  private String say(String text) {
    return sayIn(CHAT, text);
  }

  private String sayIn(ChatAddress chat, String text) {
    var replies = router.route(new IncomingMessage(chat, "user-1", text));
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }
}
