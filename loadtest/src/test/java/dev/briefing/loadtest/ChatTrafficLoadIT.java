package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.slack.rendering.SlackRenderer;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Sustained chat traffic through each adapter with the real engine over the sample article: an
 * hour-equivalent of questions, each reply checked to be the one right answer, latency from the
 * question's post to the reply reaching the fake, and the heap after forced collections before and
 * after. The adapters run with the real clock, so their send limits apply (Telegram's 30 messages a
 * second overall and one a second per chat, Slack's one a second per channel).
 *
 * <p>Hour-equivalent: {@value #DEFAULT_MESSAGES} questions per platform, a busy team of 100 people
 * each asking a question a minute for an hour, sent as fast as the platform lets the bot answer:
 * Telegram at 25 a second (just under its 30 a second send limit), Slack at 200 a second.
 */
class ChatTrafficLoadIT {
  static final int DEFAULT_MESSAGES = 6_000;
  private static final int MESSAGES =
      Integer.getInteger("loadtest.load.messages", DEFAULT_MESSAGES);
  private static final double TELEGRAM_RATE = 25;
  private static final double SLACK_RATE = 200;
  private static final List<String> LINES = new ArrayList<>();

  @AfterAll
  static void report() {
    Reports.write(
        "chat-traffic",
        "# Sustained chat traffic\n\n"
            + "Command: `./mvnw -B -o verify -pl loadtest -Ploadtest -Dit.test=ChatTrafficLoadIT`\n\n"
            + "Hour-equivalent: "
            + String.format("%,d", MESSAGES)
            + " questions per platform (a busy team of 100 asking a question a minute each for"
            + " an hour), the five questions of SampleBot in turn, through the real adapter and"
            + " engine against the fake platform on 127.0.0.1. Bot, fakes and clients share one"
            + " JVM: heap is used heap after three System.gc(), RSS the JVM's VmRSS.\n\n"
            + "| platform | offered | achieved | latency (question posted → reply at the fake)"
            + " | heap after warm-up → after the run | RSS | threads |\n"
            + "|---|---|---|---|---|---|---|\n"
            + String.join("", LINES));
  }

  @Test
  void telegramAnswersEveryQuestionOnceAndCorrectlyAtItsSendLimit() throws Exception {
    try (TelegramRig rig = TelegramRig.webhook()) {
      List<String> expected = new ArrayList<>();
      for (String question : SampleBot.QUESTIONS) {
        List<String> rendered = new TelegramRenderer().render(rig.bot.expected(question).get(0));
        assertThat(rendered).as("the answer to " + question + " in one message").hasSize(1);
        expected.add(rendered.get(0));
      }
      TelegramUpdates updates = rig.updates();
      Traffic.Sender sender = (chat, text) -> updates.send(Long.parseLong(chat), text) == 200;
      run(
          "Telegram (webhook)",
          rig.platform::onDelivered,
          expected,
          TELEGRAM_RATE,
          250,
          "5",
          sender);
    }
  }

  @Test
  void slackAnswersEveryQuestionOnceAndCorrectly() throws Exception {
    try (SlackRig rig = new SlackRig()) {
      List<String> expected = new ArrayList<>();
      for (String question : SampleBot.QUESTIONS) {
        var rendered = new SlackRenderer().render(rig.bot.expected(question).get(0));
        assertThat(rendered).as("the answer to " + question + " in one message").hasSize(1);
        expected.add(rendered.get(0).text());
      }
      SlackRequests requests = rig.requests();
      AtomicInteger events = new AtomicInteger();
      Traffic.Sender sender =
          (chat, text) ->
              requests.post(
                      SlackRequests.JSON,
                      SlackRequests.directMessage("EvL" + events.incrementAndGet(), chat, text))
                  == 200;
      run(
          "Slack (HTTP events)",
          rig.platform::onDelivered,
          expected,
          SLACK_RATE,
          1_000,
          "DL",
          sender);
    }
  }

  /** Listens to a platform's deliveries. */
  interface Listen {
    void to(java.util.function.Consumer<Delivered> listener);
  }

  private static void run(
      String platform,
      Listen listen,
      List<String> expected,
      double rate,
      int chats,
      String prefix,
      Traffic.Sender sender)
      throws InterruptedException {
    Traffic warmUp = new Traffic(expected, 500);
    listen.to(warmUp::delivered);
    warmUp.run(500, rate, 100, 4, prefix + "9", sender); // JIT and connections, not counted
    assertThat(warmUp.problems()).isEmpty();
    Memory before = Memory.afterGc();

    Traffic traffic = new Traffic(expected, MESSAGES);
    listen.to(traffic::delivered);
    double seconds = traffic.run(MESSAGES, rate, chats, 8, prefix, sender);
    Memory after = Memory.afterGc();

    assertThat(traffic.problems()).as("wrong, missing or extra replies").isEmpty();
    assertThat(traffic.answered()).as("questions answered").isEqualTo(MESSAGES);
    LINES.add(
        String.format(
            "| %s | %,d questions at %.0f/s from %,d chats | %.1f answers/s (all in %.1f s) | %s"
                + " | %.1f MB → %.1f MB | %.0f MB → %.0f MB | %d → %d |%n",
            platform,
            MESSAGES,
            rate,
            chats,
            MESSAGES / seconds,
            seconds,
            traffic.latencies().summary(),
            before.heapUsedBytes() / 1e6,
            after.heapUsedBytes() / 1e6,
            before.rssBytes() / 1e6,
            after.rssBytes() / 1e6,
            before.threads(),
            after.threads()));
  }
}
