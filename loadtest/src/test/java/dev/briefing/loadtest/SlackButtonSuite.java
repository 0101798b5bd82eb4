package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hostile button presses ({@link HostileButtons}) into Slack's HTTP endpoint as signed {@code
 * block_actions} payloads in every {@link SlackPresses.Shape}, then forged ones. Before the barrage
 * a channel and a direct message nobody presses in get digests, whose ids the generator's small ids
 * name. Asserts: every well-formed press acknowledged 200, a payload Slack would never send refused
 * 400 or acknowledged 200, never anything else; every forged one refused 401 with nothing run or
 * posted; every message posted, replaced or answered at a response_url, and every App Home view,
 * valid Block Kit with escaped mrkdwn; no generic error, no unexpected exception; no article, feed,
 * subscription or chat setting changed; and then the known question answered exactly as before.
 */
final class SlackButtonSuite {
  private static final int CLIENTS = 4;

  private SlackButtonSuite() {}

  /** {@code count} presses and a tenth as many forged; asserts; the report line. */
  static String run(int count, long seed) throws Exception {
    try (SlackRig rig = new SlackRig(count + 100, new SteppingClock())) {
      String expected = SecuritySuite.expectedSlack(rig.bot);
      List<ChatAddress> victims = subscribeVictims(rig.bot);
      String before = rig.bot.state(victims);
      PressTally tally = new PressTally();
      Map<String, String> known = new ConcurrentHashMap<>();
      listen(rig.platform, tally, known);
      String[] values = generate(count, seed);
      SlackRequests requests = rig.requests();
      List<String> wrongStatus = new CopyOnWriteArrayList<>();
      long start = System.nanoTime();
      Parallel.run(
          count,
          CLIENTS,
          i -> {
            SlackPresses.Shape shape = SlackPresses.Shape.of(i);
            String id = "press-" + i;
            String body =
                SlackPresses.form(
                    i,
                    shape,
                    "U" + i % HostileSuite.CHATS,
                    values[i],
                    rig.platform.responseUrl(id));
            values[i] = null;
            int status = requests.post(SlackRequests.FORM, body);
            tally.status(status, id);
            if (!shape.allowed().contains(status) && wrongStatus.size() < 15) {
              wrongStatus.add(shape + " (press " + i + "): " + status);
            }
          });
      tally.nanos = System.nanoTime() - start;
      SecuritySuite.settle(() -> (int) tally.messages.get());
      String after = rig.bot.state(victims);

      String question = SlackRequests.directMessage("EvKnown", "DKNOWN", SampleBot.KNOWN_QUESTION);
      assertThat(requests.post(SlackRequests.JSON, question)).isEqualTo(200);
      await().atMost(HostileSuite.WAIT).until(() -> known.containsKey("DKNOWN"));
      assertThat(wrongStatus)
          .as(
              "presses answered with an unexpected status (first few; statuses %s)",
              tally.statusSummary())
          .isEmpty();
      assertThat(tally.samples).as("invalid messages or views (first few)").isEmpty();
      assertThat(tally.generic.get()).as("generic error replies").isZero();
      assertThat(rig.bot.unexpectedFailures()).as("unexpected exceptions in handlers").isZero();
      assertThat(after)
          .as("articles, feeds, subscriptions and settings after the presses")
          .isEqualTo(before);
      assertThat(known.get("DKNOWN")).as("the known question's answer").isEqualTo(expected);
      int forged = Math.max(SlackForgery.values().length, count / 10);
      forged(forged);
      return report(count, forged, tally);
    }
  }

  /**
   * Forged presses into a bot of their own, on the system clock (the barrage's stepping clock runs
   * ahead, so a timestamp from the future would not be one to it): asserts each refused 401, no
   * command run, nothing posted, nothing changed.
   */
  private static void forged(int count) throws Exception {
    try (SlackRig rig = new SlackRig()) {
      List<ChatAddress> victims = subscribeVictims(rig.bot);
      String before = rig.bot.state(victims);
      List<Delivered> posted = new CopyOnWriteArrayList<>();
      rig.platform.onDelivered(posted::add);
      rig.platform.onUpdated(posted::add);
      List<String> notRefused = forge(rig, count);
      SecuritySuite.settle(posted::size);
      assertThat(notRefused).as("forged presses not refused with 401 (first few)").isEmpty();
      assertThat(rig.bot.routed()).as("commands run by forged presses").isZero();
      assertThat(posted).as("messages posted after forged presses").isEmpty();
      assertThat(rig.bot.state(victims)).as("state after forged presses").isEqualTo(before);
    }
  }

  private static void listen(SlackPlatform platform, PressTally tally, Map<String, String> known) {
    platform.onDelivered(
        d -> {
          tally.message(d.text(), SlackMessageValidator.problems(d.text(), d.blocks()));
          if (d.chat().equals("DKNOWN")) {
            known.put(d.chat(), d.text());
          } else if (d.chat().startsWith("press-")) {
            tally.notice(isNotice(d.text()) ? d.text() : "an answer at the response_url");
          }
        });
    platform.onUpdated(
        d -> {
          tally.edits.incrementAndGet();
          tally.message(d.text(), SlackMessageValidator.problems(d.text(), d.blocks()));
        });
    platform.onHome(
        view -> {
          tally.keyboards.incrementAndGet();
          tally.problems(SlackMessageValidator.viewProblems(view.path("blocks")), view.toString());
        });
  }

  private static boolean isNotice(String text) {
    return text.equals("This button has expired.") || text.startsWith("Only this chat's admins");
  }

  // Presses of genuine-looking buttons by U0ALICE, each forged one way; one in four is a payload
  // Slack never sends (no user, or not a JSON object), which must be refused before it is read.
  private static List<String> forge(SlackRig rig, int count) throws InterruptedException {
    List<String> notRefused = new CopyOnWriteArrayList<>();
    SlackForgery[] kinds = SlackForgery.values();
    Parallel.run(
        count,
        CLIENTS,
        i -> {
          SlackForgery kind = kinds[i % kinds.length];
          String value = HostileButtons.GENUINE.get(i % HostileButtons.GENUINE.size());
          String url = rig.platform.responseUrl("forged-" + i);
          String body =
              switch (i % 8) {
                case 3 -> SlackPresses.form(SlackPresses.withoutUser(i, "U0ALICE", value, url));
                case 7 -> SlackPresses.notAnObject("U0ALICE");
                default ->
                    SlackPresses.form(
                        i,
                        i % 2 == 0 ? SlackPresses.Shape.CHANNEL : SlackPresses.Shape.DIRECT_MESSAGE,
                        "U0ALICE",
                        value,
                        url);
              };
          SlackForgery.Forged forged = kind.forge(body, SlackRig.SECRET, i);
          int status =
              rig.requests()
                  .send(SlackRequests.FORM, forged.body(), forged.timestamp(), forged.signature());
          if (status != 401 && notRefused.size() < 15) {
            notRefused.add(kind + (i % 4 == 3 ? " (malformed payload)" : "") + ": " + status);
          }
        });
    return notRefused;
  }

  private static String[] generate(int count, long seed) {
    HostileButtons buttons = new HostileButtons(seed);
    String[] values = new String[count];
    for (int i = 0; i < count; i++) {
      values[i] = buttons.next(i);
    }
    return values;
  }

  /** Digests in a channel and a direct message nobody presses in: ids 1 to 8. */
  private static List<ChatAddress> subscribeVictims(SampleBot bot) {
    List<ChatAddress> victims =
        List.of(
            ChatAddress.of("slack", SlackPresses.VICTIM_CHANNEL),
            ChatAddress.of("slack", SlackPresses.VICTIM_DM));
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

  private static String report(int count, int forged, PressTally tally) {
    return String.format(
        "Slack (HTTP, block_actions): %,d signed presses in %.1f s (%,.0f/s) by %d clients (half"
            + " in channels; a twentieth each in a DM, on an ephemeral message, on the App Home,"
            + " in a channel with digests the presser does not administer, of Share in channel,"
            + " of a button the bot never made; and garbled JSON, no actions, wrong types, parts"
            + " missing): statuses %s, the well-formed all 200; at the response_urls %s; %,d"
            + " messages posted, replaced (%,d) or answered, and %,d App Home views, every one"
            + " valid; %,d forged presses (14 kinds, a quarter of them malformed payloads) all"
            + " refused 401, none run, nothing posted;"
            + " generic error replies 0, unexpected exceptions 0; no article, feed, subscription"
            + " or setting changed; the known question then answered exactly as before.%n",
        count,
        tally.nanos / 1e9,
        count / (tally.nanos / 1e9),
        CLIENTS,
        tally.statusSummary(),
        tally.noticeSummary(),
        tally.messages.get(),
        tally.edits.get(),
        tally.keyboards.get(),
        forged);
  }
}
