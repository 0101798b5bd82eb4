package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.telegram.FakeBotApi;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hostile button presses ({@link HostileButtons}) into the Telegram webhook as {@code
 * callback_query} updates from {@value HostileSuite#CHATS} users, in every {@link
 * TelegramPresses.Shape}. Before the barrage two chats nobody presses in (a private chat and a
 * supergroup) get digests, whose ids the generator's small ids name. Asserts: every post answered
 * 200; every press answered exactly once (answerCallbackQuery); every message sent or edited valid
 * HTML with a valid keyboard; no generic error, no unexpected exception; no article, feed,
 * subscription or chat setting changed; and then the known question answered exactly as before.
 */
final class TelegramButtonSuite {
  static final long VICTIM_USER = 600_000_001L;
  static final long VICTIM_GROUP = -1_001_600_000_002L;
  private static final long PRESSERS = 700_000_000L;
  private static final long OTHER_CHATS = 650_000_000L;
  private static final int CLIENTS = 4;

  private TelegramButtonSuite() {}

  /** {@code count} presses; asserts; the report line. */
  static String run(int count, long seed) throws Exception {
    SteppingClock clock = new SteppingClock();
    try (TelegramRig rig = TelegramRig.webhook(clock)) {
      String expected = SecuritySuite.expectedTelegram(rig.bot);
      List<ChatAddress> victims = subscribeVictims(rig.bot);
      String before = rig.bot.state(victims);
      PressTally tally = new PressTally();
      Map<String, String> known = new ConcurrentHashMap<>();
      listen(rig.platform, tally, known);
      String[] data = generate(count, seed);
      TelegramUpdates updates = rig.updates();
      long start = System.nanoTime();
      Parallel.run(
          count,
          CLIENTS,
          i -> {
            int updateId = i + 1;
            long presser = PRESSERS + i % HostileSuite.CHATS;
            long chat =
                TelegramPresses.Shape.of(i) == TelegramPresses.Shape.GROUP
                    ? VICTIM_GROUP
                    : OTHER_CHATS + i % HostileSuite.CHATS;
            String body =
                TelegramPresses.update(
                    updateId,
                    TelegramPresses.Shape.of(i),
                    presser,
                    chat,
                    clock.peek().getEpochSecond(),
                    data[i]);
            data[i] = null;
            tally.status(updates.post(body, TelegramRig.SECRET), TelegramPresses.queryId(updateId));
          });
      tally.nanos = System.nanoTime() - start;
      FakeBotApi api = rig.platform.api();
      await()
          .atMost(HostileSuite.WAIT)
          .until(() -> api.buttonAnswers().size() >= tally.accepted.size());
      SecuritySuite.settle(() -> (int) (tally.messages.get() + api.buttonAnswers().size()));
      String after = rig.bot.state(victims);

      assertThat(updates.send(count + 10, 1, SampleBot.KNOWN_QUESTION)).isEqualTo(200);
      await().atMost(HostileSuite.WAIT).until(() -> known.containsKey("1"));
      Map<String, Integer> answers = answers(api, tally);
      assertAll(tally, answers, rig.bot, before, after);
      assertThat(known.get("1")).as("the known question's answer").isEqualTo(expected);
      return report(count, tally);
    }
  }

  private static void listen(
      TelegramPlatform platform, PressTally tally, Map<String, String> known) {
    platform.onDelivered(
        d -> {
          tally.message(d.text(), html(d));
          if (d.chat().equals("1")) {
            known.put(d.chat(), d.text());
          }
        });
    platform.onEdited(
        d -> {
          tally.edits.incrementAndGet();
          tally.message(d.text(), html(d));
        });
    platform.onMarkup(
        m -> {
          tally.keyboards.incrementAndGet();
          tally.problems(TelegramKeyboardValidator.problems(m), m.toString());
        });
  }

  private static List<String> html(Delivered d) {
    List<String> problems = new ArrayList<>(TelegramHtmlValidator.problems(d.text()));
    if (!"HTML".equalsIgnoreCase(d.parseMode())) {
      problems.add("parse_mode " + d.parseMode());
    }
    return problems;
  }

  private static String[] generate(int count, long seed) {
    HostileButtons buttons = new HostileButtons(seed);
    String[] data = new String[count];
    for (int i = 0; i < count; i++) {
      data[i] = buttons.next(i);
    }
    return data;
  }

  /** Digests in chats nobody presses in: ids 1 to 8, which the generator's small ids name. */
  static List<ChatAddress> subscribeVictims(SampleBot bot) {
    List<ChatAddress> victims =
        List.of(
            ChatAddress.of("telegram", String.valueOf(VICTIM_USER)),
            ChatAddress.of("telegram", String.valueOf(VICTIM_GROUP)));
    for (int n = 0; n < 4; n++) {
      for (ChatAddress chat : victims) {
        bot.subscriptions()
            .add(
                new NewSubscription(
                    chat, LocalTime.of(7 + n, 30), Subscription.EVERY_DAY, ZoneId.of("UTC")));
      }
    }
    return victims;
  }

  // The answers to the accepted presses, by callback query id; notices tallied.
  private static Map<String, Integer> answers(FakeBotApi api, PressTally tally) {
    Map<String, Integer> answers = new HashMap<>();
    for (JsonNode answer : api.buttonAnswers()) {
      answers.merge(answer.path("callback_query_id").asText(), 1, Integer::sum);
      String text = answer.path("text").asText("");
      tally.notice(text);
      if (text.length() > 200) {
        tally.problems(List.of("answerCallbackQuery text over 200 characters"), text);
      }
    }
    return answers;
  }

  private static void assertAll(
      PressTally tally, Map<String, Integer> answers, SampleBot bot, String before, String after) {
    assertThat(tally.statusSummary())
        .as("webhook statuses")
        .isEqualTo("{200=" + tally.status(200) + "}");
    List<String> notOnce = new ArrayList<>();
    for (String id : tally.accepted) {
      if (answers.getOrDefault(id, 0) != 1) {
        notOnce.add(id + " answered " + answers.getOrDefault(id, 0) + " times");
      }
    }
    assertThat(notOnce).as("presses not answered exactly once").isEmpty();
    assertThat(answers.keySet()).as("answers to presses never made").isSubsetOf(tally.accepted);
    assertThat(tally.samples).as("invalid messages or keyboards (first few)").isEmpty();
    assertThat(tally.generic.get()).as("generic error replies").isZero();
    assertThat(bot.unexpectedFailures()).as("unexpected exceptions in handlers").isZero();
    assertThat(after)
        .as("articles, feeds, subscriptions and settings after the presses")
        .isEqualTo(before);
  }

  private static String report(int count, PressTally tally) {
    return String.format(
        "Telegram (webhook, callback_query): %,d presses in %.1f s (%,.0f/s) by %d clients from"
            + " %,d users (60%% in their own chat, 10%% each with no message, in a supergroup, in"
            + " another private chat, on a message too old or gone); all %,d answered 200 and"
            + " each answered exactly once: %s; %,d messages sent or edited (%,d edits, %,d"
            + " inline keyboards), every one valid HTML with valid keyboards; generic error replies 0, unexpected exceptions 0; no"
            + " article, feed, subscription or setting changed; the known question then answered"
            + " exactly as before.%n",
        count,
        tally.nanos / 1e9,
        count / (tally.nanos / 1e9),
        CLIENTS,
        Math.min(count, HostileSuite.CHATS),
        tally.accepted.size(),
        tally.noticeSummary(),
        tally.messages.get(),
        tally.edits.get(),
        tally.keyboards.get());
  }
}
