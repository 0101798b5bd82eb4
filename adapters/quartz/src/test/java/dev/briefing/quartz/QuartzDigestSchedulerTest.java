package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.TestDatabase;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

class QuartzDigestSchedulerTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  private final RecordingChatAdapter chats = new RecordingChatAdapter();
  private Node node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void aBerlinMorningDigestFiresAtHalfFiveUtcInSummerAndHalfSixInWinterOnceOnTransitionDays()
      throws SchedulerException {
    Subscription berlin = subscribe("07:30", BERLIN);

    assertThat(storedFireTimes(berlin, "2026-03-27T00:00:00Z", "2026-03-31T00:00:00Z"))
        .containsExactly(
            Instant.parse("2026-03-27T06:30:00Z"),
            Instant.parse("2026-03-28T06:30:00Z"),
            Instant.parse("2026-03-29T05:30:00Z"), // clocks went forward at 02:00
            Instant.parse("2026-03-30T05:30:00Z"));
    assertThat(storedFireTimes(berlin, "2026-10-23T00:00:00Z", "2026-10-27T00:00:00Z"))
        .containsExactly(
            Instant.parse("2026-10-23T05:30:00Z"),
            Instant.parse("2026-10-24T05:30:00Z"),
            Instant.parse("2026-10-25T06:30:00Z"), // clocks went back at 03:00
            Instant.parse("2026-10-26T06:30:00Z"));
  }

  @Test
  void aNewYorkMorningDigestFollowsItsOwnTransitions() throws SchedulerException {
    Subscription newYork = subscribe("07:30", NEW_YORK);

    assertThat(storedFireTimes(newYork, "2026-03-07T00:00:00Z", "2026-03-10T00:00:00Z"))
        .containsExactly(
            Instant.parse("2026-03-07T12:30:00Z"),
            Instant.parse("2026-03-08T11:30:00Z"),
            Instant.parse("2026-03-09T11:30:00Z"));
    assertThat(storedFireTimes(newYork, "2026-10-31T00:00:00Z", "2026-11-03T00:00:00Z"))
        .containsExactly(
            Instant.parse("2026-10-31T11:30:00Z"),
            Instant.parse("2026-11-01T12:30:00Z"),
            Instant.parse("2026-11-02T12:30:00Z"));
  }

  @Test
  void aTimeInsideTheSpringForwardGapFiresOnceThatDayAtTheShiftedTime() throws SchedulerException {
    // 02:30 does not exist in Berlin on 29 March 2026: clocks jump from 02:00 to 03:00.
    // Quartz's cron skips that day; a stored one-off trigger fires at 03:30.
    Subscription gap = subscribe("02:30", BERLIN);

    assertThat(storedFireTimes(gap, "2026-03-27T12:00:00Z", "2026-03-31T00:00:00Z"))
        .containsExactly(
            Instant.parse("2026-03-28T01:30:00Z"), // 02:30 CET
            Instant.parse("2026-03-29T01:30:00Z"), // 03:30 CEST, the shifted time
            Instant.parse("2026-03-30T00:30:00Z")); // 02:30 CEST
  }

  @Test
  void aDigestDueNowIsSentOnceAndRecordedAsSent() {
    node = node(Node.BEHIND);
    node.addArticle("Budget passes", "The council voted for the budget.");
    Subscription due = node.subscribeDueNow("chat-1", BERLIN);

    node.scheduler.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> chats.sent().size() == 1);
    assertThat(chats.sent().get(0).chat()).isEqualTo(due.chat());
    assertThat(chats.sent().get(0).reply().text()).contains("Budget passes");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> node.lastDelivery(due).map(d -> d.status() == DeliveryStatus.SENT).orElse(false));
  }

  @Test
  void aDigestMissedByMoreThanTheGraceIsSkippedRecordedAndNeverSent() {
    node = node(Duration.ofHours(3));
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    LocalTime then = twoHoursAgo.atZone(BERLIN).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    Subscription missed =
        node.subscriptions.add(
            new NewSubscription(
                ChatAddress.of("test", "late"), then, Subscription.EVERY_DAY, BERLIN));
    node.scheduler.schedule(missed);

    node.scheduler.start();

    Instant due = Node.dueAtOrBefore(missed, twoHoursAgo.plusSeconds(60));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> node.deliveries.find(missed.id(), due).isPresent());
    Delivery skipped = node.deliveries.find(missed.id(), due).orElseThrow();
    assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(skipped.failureReason())
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("missed"));
    assertThat(chats.sent()).isEmpty();
  }

  @Test
  void unscheduleDropsEveryTriggerOfTheSubscription() throws SchedulerException {
    Subscription gap = subscribe("02:30", BERLIN);
    assertThat(triggers(gap)).hasSizeGreaterThan(1);

    node.scheduler.unschedule(gap.id());

    assertThat(triggers(gap)).isEmpty();
    assertThat(node.scheduler.quartz().checkExists(DigestTriggers.jobKey(gap.id()))).isFalse();
  }

  @Test
  void startSchedulesSubscriptionsWithoutAScheduleAndDropsRemovedOnes() throws SchedulerException {
    node = node(Node.BEHIND);
    Subscription unscheduled = node.subscriptions.add(at("chat-1", "06:00", BERLIN));
    Subscription removed = node.subscriptions.add(at("chat-2", "06:00", BERLIN));
    node.scheduler.schedule(removed);
    node.subscriptions.remove(removed.id());

    node.scheduler.start();

    assertThat(triggers(unscheduled)).hasSize(1);
    assertThat(triggers(removed)).isEmpty();
  }

  /** Schedules a subscription as on 1 January 2026, so its triggers cover that year and more. */
  private Subscription subscribe(String time, ZoneId zone) {
    node =
        new Node(
            database.dataSource(),
            chats,
            Node.settings("solo"),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    Subscription saved = node.subscriptions.add(at("chat", time, zone));
    node.scheduler.schedule(saved);
    return saved;
  }

  private static NewSubscription at(String chatId, String time, ZoneId zone) {
    return new NewSubscription(
        ChatAddress.of("test", chatId), LocalTime.parse(time), Subscription.EVERY_DAY, zone);
  }

  private Node node(Duration behind) {
    return new Node(database.dataSource(), chats, Node.settings("solo"), behind);
  }

  private List<? extends Trigger> triggers(Subscription subscription) throws SchedulerException {
    return node.scheduler.quartz().getTriggersOfJob(DigestTriggers.jobKey(subscription.id()));
  }

  /** The fire times in [from, to) of the triggers as read back from the JDBC store. */
  private Set<Instant> storedFireTimes(Subscription subscription, String from, String to)
      throws SchedulerException {
    return DigestTriggersTest.fireTimes(
        triggers(subscription), Instant.parse(from), Instant.parse(to).minusMillis(1));
  }
}
