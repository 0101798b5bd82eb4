package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.CommandRouter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Generated hostile messages ({@link HostileInput}) through each adapter, from {@value #CHATS}
 * chats, every reply checked by the platform's validator as it reaches the fake. Each message is
 * answered where it can be matched to its answer: Telegram replies quote the message's id, Slack
 * answers a mention in its thread and a slash command at its own response_url. Asserts: every
 * request answered 200 (or 413 past the endpoint's 1 MiB), every accepted message answered, every
 * reply valid, no generic error reply and no unexpected exception, and after the barrage the bot
 * still answers a known question exactly as before. The adapters get a {@link SteppingClock}, so
 * their send limits do not pace the run.
 */
final class HostileSuite {
  static final int CHATS = 5_000;
  static final Duration WAIT = Duration.ofMinutes(10);
  private static final int SENDERS = 4;
  private static final int SAMPLES = 15;

  private HostileSuite() {}

  /** What one run saw, for the report and the assertions. */
  static final class Tally {
    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger tooLarge = new AtomicInteger();
    final List<String> otherStatus = new CopyOnWriteArrayList<>();
    final AtomicLong replies = new AtomicLong();
    final AtomicLong invalid = new AtomicLong();
    final AtomicLong generic = new AtomicLong();
    final AtomicLong longest = new AtomicLong();
    final List<String> samples = new CopyOnWriteArrayList<>();
    final Set<String> asked = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    long nanos;

    void reply(Delivered d, List<String> problems) {
      replies.incrementAndGet();
      if (d.answers() != null) {
        answers.computeIfAbsent(d.answers(), c -> new AtomicInteger()).incrementAndGet();
      }
      longest.accumulateAndGet(d.text().length(), Math::max);
      if (d.text().contains(CommandRouter.GENERIC_ERROR)) {
        generic.incrementAndGet();
      }
      if (!problems.isEmpty()) {
        invalid.incrementAndGet();
        if (samples.size() < SAMPLES) {
          String text = d.text().length() > 200 ? d.text().substring(0, 200) + "…" : d.text();
          samples.add(problems + " in " + Json.quote(text));
        }
      }
    }

    void status(int status, String key) {
      if (status == 200) {
        accepted.incrementAndGet();
        asked.add(key);
      } else if (status == 413) {
        tooLarge.incrementAndGet();
      } else if (otherStatus.size() < SAMPLES) {
        otherStatus.add(key + ": " + status);
      }
    }

    long unanswered() {
      return asked.stream().filter(key -> !answers.containsKey(key)).count();
    }

    int mostRepliesToOneMessage() {
      return answers.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }
  }

  /** {@code count} hostile messages to the Telegram webhook; asserts; the report line. */
  static String telegram(int count, long seed) throws Exception {
    try (TelegramRig rig = TelegramRig.webhook(new SteppingClock())) {
      String expected = SecuritySuite.expectedTelegram(rig.bot);
      Tally tally = new Tally();
      Map<String, String> known = new ConcurrentHashMap<>();
      rig.platform.onDelivered(
          d -> {
            List<String> problems = new ArrayList<>(TelegramHtmlValidator.problems(d.text()));
            if (!"HTML".equalsIgnoreCase(d.parseMode())) {
              problems.add("parse_mode " + d.parseMode());
            }
            tally.reply(d, problems);
            if (d.chat().equals("1")) {
              known.put(d.chat(), d.text());
            }
          });
      TelegramUpdates updates = rig.updates();
      send(
          count,
          new HostileInput(seed),
          tally,
          (i, text) -> {
            int updateId = i + 1;
            long chat = 700_000_000L + i % CHATS;
            tally.status(updates.send(updateId, chat, text), String.valueOf(updateId));
          });
      finish(tally);
      assertThat(updates.send(count + 10, 1, SampleBot.KNOWN_QUESTION)).isEqualTo(200);
      await().atMost(WAIT).until(() -> known.containsKey("1"));
      assertAll(tally, rig.bot);
      assertThat(known.get("1")).as("the known question's answer").isEqualTo(expected);
      return report("Telegram (webhook, HTML parse mode)", count, tally);
    }
  }

  /** {@code count} hostile mentions and slash commands into Slack; asserts; the report line. */
  static String slack(int count, long seed) throws Exception {
    try (SlackRig rig = new SlackRig(count + 100, new SteppingClock())) {
      String expected = SecuritySuite.expectedSlack(rig.bot);
      Tally tally = new Tally();
      Map<String, String> known = new ConcurrentHashMap<>();
      rig.platform.onDelivered(
          d -> {
            tally.reply(d, SlackMessageValidator.problems(d.text(), d.blocks()));
            if (d.chat().equals("DKNOWN")) {
              known.put(d.chat(), d.text());
            }
          });
      SlackRequests requests = rig.requests();
      send(
          count,
          new HostileInput(seed),
          tally,
          (i, text) -> {
            String channel = "CH" + i % CHATS;
            if (i % 10 == 9) {
              String id = "cmd-" + i;
              String body =
                  SlackRequests.slashCommand(
                      channel, text, rig.platform.responseUrl(id), "trigger-h" + i);
              tally.status(requests.post(SlackRequests.FORM, body), id);
            } else {
              String ts = String.format("1700000000.%06d", i);
              String body = SlackRequests.mention("EvH" + i, channel, ts, text);
              tally.status(requests.post(SlackRequests.JSON, body), ts);
            }
          });
      finish(tally);
      String question = SlackRequests.directMessage("EvKnown", "DKNOWN", SampleBot.KNOWN_QUESTION);
      assertThat(requests.post(SlackRequests.JSON, question)).isEqualTo(200);
      await().atMost(WAIT).until(() -> known.containsKey("DKNOWN"));
      assertAll(tally, rig.bot);
      assertThat(known.get("DKNOWN")).as("the known question's answer").isEqualTo(expected);
      return report("Slack (mentions and /briefing, mrkdwn)", count, tally);
    }
  }

  /** A message's sender: index and text. */
  interface Sender {
    void send(int i, String text);
  }

  private static void send(int count, HostileInput input, Tally tally, Sender sender)
      throws Exception {
    String[] texts = new String[count];
    for (int i = 0; i < count; i++) {
      texts[i] = input.next(i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < SENDERS; t++) {
        int first = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = first; i < count; i += SENDERS) {
                    sender.send(i, texts[i]);
                    texts[i] = null;
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    tally.nanos = System.nanoTime() - start;
  }

  // Until every accepted message is answered, or the answers stop coming for five seconds (then
  // the assertions say how many were not answered); then until the replies settle.
  private static void finish(Tally tally) {
    AtomicLong last = new AtomicLong(-1);
    AtomicLong since = new AtomicLong(System.nanoTime());
    await()
        .atMost(WAIT)
        .until(
            () -> {
              long replies = tally.replies.get();
              if (last.getAndSet(replies) != replies) {
                since.set(System.nanoTime());
              }
              return tally.unanswered() == 0 || System.nanoTime() - since.get() > 5e9;
            });
    SecuritySuite.settle(() -> (int) tally.replies.get());
  }

  private static void assertAll(Tally tally, SampleBot bot) {
    assertThat(tally.otherStatus).as("requests answered other than 200 or 413").isEmpty();
    assertThat(tally.unanswered()).as("accepted messages never answered").isZero();
    assertThat(tally.samples).as("invalid replies (first few)").isEmpty();
    assertThat(tally.invalid.get()).as("invalid replies").isZero();
    assertThat(tally.generic.get()).as("generic error replies").isZero();
    assertThat(bot.unexpectedFailures()).as("unexpected exceptions in handlers").isZero();
  }

  private static String report(String platform, int count, Tally tally) {
    return String.format(
        "%s: %,d messages sent in %.1f s (%,.0f/s) by %d clients; %,d accepted and every one"
            + " answered, %,d refused 413 (over the endpoint's 1 MiB), none refused otherwise;"
            + " %,d replies, every one valid (longest %,d chars; at most %,d threaded to one"
            + " message: long echoes split); generic error replies 0, unexpected exceptions 0;"
            + " the known question then answered exactly as before.%n",
        platform,
        count,
        tally.nanos / 1e9,
        count / (tally.nanos / 1e9),
        SENDERS,
        tally.accepted.get(),
        tally.tooLarge.get(),
        tally.replies.get(),
        tally.longest.get(),
        tally.mostRepliesToOneMessage());
  }
}
