package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Forged, replayed and unauthenticated requests into both adapters, with properly signed controls
 * mixed in (one in {@value #CONTROL_EVERY}) so the suite fails if the bot stops answering anyone.
 * Refused means: answered 401 or 403, the router never called, nothing posted to the forged chat. A
 * replay within the five-minute window (the same signed event or slash command sent twice) is
 * answered 200, as Slack expects of a retry, but handled once.
 */
final class SecuritySuite {
  static final int CONTROL_EVERY = 50;
  private static final int CLIENTS = 4;
  static final Duration WAIT = Duration.ofSeconds(60);

  /**
   * Whether a slash command replayed within the window must be handled once: needs the Slack
   * adapter's de-duplication by trigger_id; {@code -Dloadtest.commandReplays=false} reports the
   * count without failing, for an adapter without it.
   */
  static final boolean CHECK_COMMAND_REPLAYS =
      Boolean.parseBoolean(System.getProperty("loadtest.commandReplays", "true"));

  private SecuritySuite() {}

  /** Sends {@code count} forged Slack requests and the replays and controls; asserts; reports. */
  static String slack(int count) throws Exception {
    try (SlackRig rig = new SlackRig()) {
      Map<String, List<Delivered>> delivered = record(rig.platform);
      SlackRequests requests = rig.requests();
      Map<SlackForgery, AtomicInteger> statuses = new ConcurrentHashMap<>();
      List<String> wrongStatus = new CopyOnWriteArrayList<>();
      Latencies refusals = new Latencies(count);
      List<String> controls = new CopyOnWriteArrayList<>();
      List<String> replays = new CopyOnWriteArrayList<>();
      List<String> commandReplays = new CopyOnWriteArrayList<>();
      SlackForgery[] kinds = SlackForgery.values();
      Parallel.run(
          count,
          CLIENTS,
          i -> {
            SlackForgery kind = kinds[i % kinds.length];
            boolean command = (i / kinds.length) % 2 == 1;
            String body =
                command
                    ? SlackRequests.slashCommand(
                        "CF" + i,
                        SampleBot.KNOWN_QUESTION,
                        rig.platform.responseUrl("forged-" + i),
                        "trigger-forged-" + i)
                    : SlackRequests.directMessage(
                        "EvForged" + i, "CF" + i, SampleBot.KNOWN_QUESTION);
            SlackForgery.Forged forged = kind.forge(body, SlackRig.SECRET, i);
            long sent = System.nanoTime();
            int status =
                requests.send(
                    command ? SlackRequests.FORM : SlackRequests.JSON,
                    forged.body(),
                    forged.timestamp(),
                    forged.signature());
            refusals.add(System.nanoTime() - sent);
            statuses.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            if (status != 401 && status != 403) {
              wrongStatus.add(kind + (command ? " (slash command)" : " (event)") + ": " + status);
            }
            if (i % CONTROL_EVERY == 0) {
              String channel = "DOK" + i;
              assertThat(
                      requests.post(
                          SlackRequests.JSON,
                          SlackRequests.directMessage(
                              "EvControl" + i, channel, SampleBot.KNOWN_QUESTION)))
                  .isEqualTo(200);
              controls.add(channel);
              replays.add(replayEvent(requests, i));
              commandReplays.add(replayCommand(rig, i));
            }
          });
      String expected = expectedSlack(rig.bot);
      List<String> answered = new ArrayList<>(controls);
      answered.addAll(replays);
      answered.addAll(commandReplays);
      await().atMost(WAIT).until(() -> answered.stream().allMatch(c -> delivered.containsKey(c)));
      // Quiet for a second: nothing more arrives (a second answer to a replay, a late forgery).
      settle(() -> delivered.values().stream().mapToInt(List::size).sum());

      assertThat(wrongStatus).as("forged requests not refused with 401/403").isEmpty();
      assertThat(delivered.keySet())
          .as("chats answered")
          .containsExactlyInAnyOrderElementsOf(answered);
      List<String> events = new ArrayList<>(controls);
      events.addAll(replays);
      assertAnsweredOnce(events, delivered, expected);
      int routedCommands = (int) rig.bot.routed() - events.size();
      assertThat(routedCommands)
          .as("messages routed beyond the signed events: the replayed slash commands")
          .isGreaterThanOrEqualTo(commandReplays.size());
      if (CHECK_COMMAND_REPLAYS) {
        assertAnsweredOnce(commandReplays, delivered, expected);
        assertThat(routedCommands)
            .as("slash commands sent twice within the window are handled once (trigger_id)")
            .isEqualTo(commandReplays.size());
      }
      return String.format(
          "Slack: %,d forged requests (%s; half events, half /briefing slash commands):"
              + " all refused with 401, none routed, nothing posted; refusal time %s."
              + " %d signed controls answered once each; %d replays within the window"
              + " (%d events, %d slash commands sent twice with the same signature) answered"
              + " 200; the events handled once each, the slash commands %d times in all.%n",
          count,
          kindsSummary(statuses),
          refusals.summary(),
          controls.size(),
          replays.size() + commandReplays.size(),
          replays.size(),
          commandReplays.size(),
          routedCommands);
    }
  }

  /** Sends {@code count} webhook posts with a wrong or missing secret, and controls; asserts. */
  static String telegram(int count) throws Exception {
    try (TelegramRig rig = TelegramRig.webhook()) {
      Map<String, List<Delivered>> delivered = record(rig.platform);
      TelegramUpdates updates = rig.updates();
      List<String> wrongStatus = new CopyOnWriteArrayList<>();
      Latencies refusals = new Latencies(count);
      List<String> answered = new CopyOnWriteArrayList<>();
      Parallel.run(
          count,
          CLIENTS,
          i -> {
            String secret = wrongSecret(i);
            String body =
                TelegramUpdates.privateMessage(
                    updates.nextUpdateId(), 900_000_000L + i, SampleBot.KNOWN_QUESTION);
            long sent = System.nanoTime();
            int status = updates.post(body, secret);
            refusals.add(System.nanoTime() - sent);
            if (status != 401 && status != 403) {
              wrongStatus.add("secret " + printable(secret) + ": " + status);
            }
            if (i % CONTROL_EVERY == 0) {
              long chat = 100_000L + i;
              String control =
                  TelegramUpdates.privateMessage(
                      updates.nextUpdateId(), chat, SampleBot.KNOWN_QUESTION);
              assertThat(updates.post(control, TelegramRig.SECRET)).isEqualTo(200);
              assertThat(updates.post(control, TelegramRig.SECRET))
                  .as("a redelivery")
                  .isEqualTo(200);
              answered.add(String.valueOf(chat));
            }
          });
      String expected = expectedTelegram(rig.bot);
      await().atMost(WAIT).until(() -> answered.stream().allMatch(c -> delivered.containsKey(c)));
      settle(() -> delivered.values().stream().mapToInt(List::size).sum());

      assertThat(wrongStatus).as("webhook posts without the right secret not refused").isEmpty();
      assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(answered);
      assertAnsweredOnce(answered, delivered, expected);
      assertThat(rig.bot.routed()).as("messages routed").isEqualTo(answered.size());
      return String.format(
          "Telegram webhook: %,d posts with a wrong or missing X-Telegram-Bot-Api-Secret-Token"
              + " (missing, empty, another secret, the right one with a character changed,"
              + " added, cut off or in another case): all refused with 401,"
              + " none routed, nothing sent; refusal time %s. %d controls with the right"
              + " secret, each posted twice (a redelivery): answered once each.%n",
          count, refusals.summary(), answered.size());
    }
  }

  private static void assertAnsweredOnce(
      List<String> chats, Map<String, List<Delivered>> delivered, String expected) {
    for (String chat : chats) {
      assertThat(delivered.get(chat)).as("answers in " + chat).hasSize(1);
      assertThat(delivered.get(chat).get(0).text()).as("answer in " + chat).isEqualTo(expected);
    }
  }

  /** Waits until {@code count} has not changed for a second. */
  static void settle(IntSupplier count) {
    AtomicInteger last = new AtomicInteger(-1);
    await()
        .during(Duration.ofSeconds(1))
        .atMost(WAIT)
        .until(() -> last.getAndSet(count.getAsInt()) == count.getAsInt());
  }

  private static String replayEvent(SlackRequests requests, int i) {
    String channel = "DRE" + i;
    String body = SlackRequests.directMessage("EvReplay" + i, channel, SampleBot.KNOWN_QUESTION);
    String timestamp = SlackRequests.now();
    String signature = SlackRequests.signature(SlackRig.SECRET, timestamp, body);
    assertThat(requests.send(SlackRequests.JSON, body, timestamp, signature)).isEqualTo(200);
    assertThat(requests.send(SlackRequests.JSON, body, timestamp, signature)).isEqualTo(200);
    return channel;
  }

  private static String replayCommand(SlackRig rig, int i) {
    String id = "replayed-" + i;
    String body =
        SlackRequests.slashCommand(
            "CRE" + i, SampleBot.KNOWN_QUESTION, rig.platform.responseUrl(id), "trigger-" + i);
    String timestamp = SlackRequests.now();
    String signature = SlackRequests.signature(SlackRig.SECRET, timestamp, body);
    SlackRequests requests = rig.requests();
    assertThat(requests.send(SlackRequests.FORM, body, timestamp, signature)).isEqualTo(200);
    assertThat(requests.send(SlackRequests.FORM, body, timestamp, signature)).isEqualTo(200);
    return id;
  }

  /**
   * Wrong secrets: missing, empty, unrelated, and near misses of the right one. (Spaces around the
   * right one are no forgery: HTTP strips them from header values before anyone reads them.)
   */
  static String wrongSecret(int i) {
    String right = TelegramRig.SECRET;
    int at = i % right.length();
    char changed = right.charAt(at) == 'a' ? 'b' : 'a';
    return switch (i % 9) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> "guess-" + i;
      case 3 -> right.substring(0, at) + changed + right.substring(at + 1);
      case 4 -> right + "x";
      case 5 -> right.substring(0, right.length() - 1);
      case 6 -> right.toUpperCase();
      case 7 -> TelegramRig.TOKEN.replace(':', '_'); // the bot token's shape, not the secret
      default ->
          right.substring(0, right.length() - 1) + (char) (right.charAt(right.length() - 1) + 1);
    };
  }

  private static Map<String, List<Delivered>> record(TelegramPlatform platform) {
    Map<String, List<Delivered>> delivered = new ConcurrentHashMap<>();
    platform.onDelivered(
        d -> delivered.computeIfAbsent(d.chat(), c -> new CopyOnWriteArrayList<>()).add(d));
    return delivered;
  }

  private static Map<String, List<Delivered>> record(SlackPlatform platform) {
    Map<String, List<Delivered>> delivered = new ConcurrentHashMap<>();
    platform.onDelivered(
        d -> delivered.computeIfAbsent(d.chat(), c -> new CopyOnWriteArrayList<>()).add(d));
    return delivered;
  }

  static String expectedTelegram(SampleBot bot) {
    List<String> rendered =
        new TelegramRenderer().render(bot.expected(SampleBot.KNOWN_QUESTION).get(0));
    assertThat(rendered).hasSize(1);
    return rendered.get(0);
  }

  static String expectedSlack(SampleBot bot) {
    var rendered = new SlackRenderer().render(bot.expected(SampleBot.KNOWN_QUESTION).get(0));
    assertThat(rendered).hasSize(1);
    return rendered.get(0).text();
  }

  private static String kindsSummary(Map<SlackForgery, AtomicInteger> statuses) {
    List<String> parts = new ArrayList<>();
    new java.util.TreeMap<>(statuses)
        .forEach((kind, n) -> parts.add(kind.name().toLowerCase().replace('_', ' ') + " " + n));
    return String.join(", ", parts);
  }

  private static String printable(String secret) {
    return secret == null ? "(none)" : "'" + secret + "'";
  }
}
