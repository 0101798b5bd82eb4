package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.telegram.FakeBotApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake platform fails in bursts (5xx, 429 naming a wait, connections dropped after the request
 * or in the middle of the answer, no answer until the client's read timeout) while questions
 * arrive, then is healthy again. The same bot, never restarted, must answer every question with the
 * right answer, in every cycle; a question may be answered twice only where the platform took a
 * message without answering (the bot cannot know it arrived), and the bot still answers a question
 * afterwards.
 */
final class FaultsSuite {
  private FaultsSuite() {}

  /** What a run saw. */
  record Outcome(String report, int duplicates) {}

  /**
   * Telegram by long polling, {@code cycles} times: {@code sendFaults} on sendMessage and {@code
   * pollFaults} on getUpdates, served in order from the moment {@code questions} questions are
   * queued; then a question on a healthy platform.
   */
  static Outcome telegram(
      List<Fault> sendFaults, List<Fault> pollFaults, int questions, int cycles, Duration wait)
      throws Exception {
    try (TelegramRig rig = TelegramRig.longPolling()) {
      Map<String, List<Delivered>> delivered = record(rig.platform::onDelivered);
      String expected = SecuritySuite.expectedTelegram(rig.bot);
      FakeBotApi api = rig.platform.api();
      api.queueUpdates(FakeBotApi.privateUpdate(1, 1001, SampleBot.KNOWN_QUESTION));
      await().atMost(wait).until(() -> delivered.containsKey("1001"));
      int threadsBefore = Memory.botThreads();
      var namesBefore = Memory.botThreadNames();

      List<String> chats = new ArrayList<>();
      double recovered = 0;
      for (int cycle = 0; cycle < cycles; cycle++) {
        rig.platform.sendFaults().add(sendFaults);
        rig.platform.pollFaults().add(pollFaults);
        long burst = System.nanoTime();
        List<String> asked = new ArrayList<>();
        String[] updates = new String[questions];
        for (int q = 0; q < questions; q++) {
          int id = 10_000 * (cycle + 1) + q + 1; // message id = update id % 1000, never 0
          asked.add(String.valueOf(id));
          updates[q] = FakeBotApi.privateUpdate(id, id, SampleBot.KNOWN_QUESTION);
        }
        api.queueUpdates(updates);
        await().atMost(wait).until(() -> asked.stream().allMatch(delivered::containsKey));
        recovered = Math.max(recovered, (System.nanoTime() - burst) / 1e9);
        // Healthy again: a question is answered at once.
        int control = 10_000 * (cycle + 1) + 999; // after the burst's ids: Telegram counts up
        api.queueUpdates(FakeBotApi.privateUpdate(control, control, SampleBot.KNOWN_QUESTION));
        await().atMost(wait).until(() -> delivered.containsKey(String.valueOf(control)));
        chats.addAll(asked);
        chats.add(String.valueOf(control));
      }
      SecuritySuite.settle(() -> delivered.values().stream().mapToInt(List::size).sum());
      int duplicates = assertAnswered(chats, delivered, expected);
      assertThat(rig.platform.sendFaults().remaining()).as("send faults not reached").isZero();
      assertThat(rig.platform.pollFaults().remaining()).as("poll faults not reached").isZero();
      assertThat(rig.bot.unexpectedFailures()).isZero();
      String report =
          String.format(
              "Telegram (long polling): %d cycles of a burst of faults with %d questions queued as"
                  + " it began, then healthy; faults served on sendMessage %s and on getUpdates"
                  + " %s; every question answered with the right answer at most %.1f s after its"
                  + " burst began, without a restart; %d answered twice, each where the platform"
                  + " took the message without answering; %d sendMessage calls for %d answers; a"
                  + " question after each burst answered at once; threads (fake servers' aside) %d before,"
                  + " %d after (grown: %s).%n",
              cycles,
              questions,
              rig.platform.sendFaults().served(),
              rig.platform.pollFaults().served(),
              recovered,
              duplicates,
              rig.platform.sendCalls(),
              chats.size() + 1,
              threadsBefore,
              Memory.botThreads(),
              Memory.grown(namesBefore, Memory.botThreadNames()));
      return new Outcome(report, duplicates);
    }
  }

  /** Slack in HTTP mode: {@code postFaults} on chat.postMessage while questions arrive. */
  static Outcome slack(List<Fault> postFaults, int questions, int cycles, Duration wait)
      throws Exception {
    try (SlackRig rig = new SlackRig()) {
      Map<String, List<Delivered>> delivered = record(rig.platform::onDelivered);
      String expected = SecuritySuite.expectedSlack(rig.bot);
      SlackRequests requests = rig.requests();
      ask(requests, "Ev1001", "D1001");
      await().atMost(wait).until(() -> delivered.containsKey("D1001"));
      int threadsBefore = Memory.botThreads();
      var namesBefore = Memory.botThreadNames();

      List<String> all = new ArrayList<>();
      double recovered = 0;
      for (int cycle = 0; cycle < cycles; cycle++) {
        rig.platform.postFaults().add(postFaults);
        long burst = System.nanoTime();
        List<String> chats = new CopyOnWriteArrayList<>();
        int base = 10_000 * (cycle + 1);
        Parallel.run(
            questions,
            4,
            q -> {
              ask(requests, "EvF" + (base + q), "D" + (base + q));
              chats.add("D" + (base + q));
            });
        await().atMost(wait).until(() -> chats.stream().allMatch(delivered::containsKey));
        recovered = Math.max(recovered, (System.nanoTime() - burst) / 1e9);
        String control = "D" + (9_000 + cycle);
        ask(requests, "Ev" + control, control);
        await().atMost(wait).until(() -> delivered.containsKey(control));
        all.addAll(chats);
        all.add(control);
      }
      SecuritySuite.settle(() -> delivered.values().stream().mapToInt(List::size).sum());
      int duplicates = assertAnswered(all, delivered, expected);
      assertThat(rig.platform.postFaults().remaining()).as("faults not reached").isZero();
      assertThat(rig.bot.unexpectedFailures()).isZero();
      String report =
          String.format(
              "Slack (HTTP events): %d cycles of a burst of faults with %d questions sent as it"
                  + " began, then healthy; faults served on chat.postMessage %s; every question"
                  + " answered with the right answer at most %.1f s after its burst began, without"
                  + " a restart; %d answered twice, each where the platform took the message"
                  + " without answering; %d chat.postMessage calls for %d answers; a question"
                  + " after each burst answered at once; threads (fake servers' aside) %d before, %d"
                  + " after (grown: %s).%n",
              cycles,
              questions,
              rig.platform.postFaults().served(),
              recovered,
              duplicates,
              rig.platform.postCalls(),
              all.size() + 1,
              threadsBefore,
              Memory.botThreads(),
              Memory.grown(namesBefore, Memory.botThreadNames()));
      return new Outcome(report, duplicates);
    }
  }

  private static void ask(SlackRequests requests, String eventId, String channel) {
    String body = SlackRequests.directMessage(eventId, channel, SampleBot.KNOWN_QUESTION);
    assertThat(requests.post(SlackRequests.JSON, body)).isEqualTo(200);
  }

  /**
   * Every chat answered with {@code expected}; more than once only as often as the platform took a
   * copy without answering. The number of chats answered twice.
   */
  private static int assertAnswered(
      List<String> chats, Map<String, List<Delivered>> delivered, String expected) {
    int duplicates = 0;
    for (String chat : chats) {
      List<Delivered> answers = delivered.get(chat);
      assertThat(answers).as("answers in " + chat).isNotEmpty();
      assertThat(answers).allSatisfy(d -> assertThat(d.text()).isEqualTo(expected));
      long unanswered = answers.stream().filter(Delivered::unanswered).count();
      assertThat(answers.size() - 1L)
          .as("extra answers in %s beyond the copies the platform took silently", chat)
          .isLessThanOrEqualTo(unanswered);
      duplicates += answers.size() > 1 ? 1 : 0;
    }
    return duplicates;
  }

  /** Something that tells a listener of deliveries. */
  interface Platform {
    void onDelivered(java.util.function.Consumer<Delivered> listener);
  }

  private static Map<String, List<Delivered>> record(Platform platform) {
    Map<String, List<Delivered>> delivered = new ConcurrentHashMap<>();
    platform.onDelivered(
        d -> delivered.computeIfAbsent(d.chat(), c -> new CopyOnWriteArrayList<>()).add(d));
    return delivered;
  }
}
