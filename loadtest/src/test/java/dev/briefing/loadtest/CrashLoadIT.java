package dev.briefing.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.JdbcSubscriptionRepository;
import dev.briefing.telegram.FakeBotApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during digest sending, {@code crash.cycles} times (20 by default): the packaged bot sends
 * the digests of a cohort of chats due at one minute to a fake Bot API; at a random point of that
 * round (after a random number of the cohort's digests arrived) it is killed with SIGKILL and
 * started again on the same H2 file, and every digest of the cohort must arrive. Each cycle has its
 * own cohort, due a minute after the previous one (schedules are minute-granular), so a cycle takes
 * a minute. No digest may be lost; a digest whose request reached the platform just before the
 * kill, before its sender recorded it as sent, is sent again after the claim's lease: those
 * duplicates are counted and reported, at most one per kill. Figures in {@code
 * target/loadtest/crash.md}.
 */
class CrashLoadIT {
  private static final int CYCLES = Integer.getInteger("crash.cycles", 20);
  private static final int CHATS = Integer.getInteger("crash.chats", 60);
  private static final Duration LEASE = Duration.ofSeconds(10);
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration ROUND = Duration.ofMinutes(3);
  private static final long FIRST_CHAT = 7_000_000;
  private static final ZoneId UTC = ZoneId.of("UTC");

  @TempDir Path dir;

  private record Cycle(
      int cycle,
      Instant due,
      long killedNanos,
      int sentAtKill,
      Duration killToAllArrived,
      int duplicates) {}

  @Test
  void killedWhileSendingDigestsTheBotLosesNoneAndResendsAtMostOnePerKill() throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "../app/target/briefing.jar"));
    assertThat(jar).as("build the app first: ./mvnw -B -o install -DskipTests").exists();
    String dbUrl = "jdbc:h2:file:" + dir.resolve("data/briefing");
    Instant first =
        Instant.now().plus(STARTUP).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    subscribeCohorts(dbUrl, first);
    List<Cycle> cycles = new ArrayList<>();
    try (FakeBotApi api = new FakeBotApi();
        CrashBot bot = new CrashBot(jar, dir, api.url(), dbUrl, LEASE)) {
      bot.start();
      for (int c = 0; c < CYCLES; c++) {
        cycles.add(cycle(api, bot, c, first.plus(Duration.ofMinutes(c))));
      }
      // A digest resent after the lease comes a lease, a recovery pass and Quartz's detection of
      // the dead scheduler instance after the kill: wait that out before counting.
      Duration settle = LEASE.multipliedBy(3).plusSeconds(20);
      await()
          .during(settle)
          .atMost(settle.plusSeconds(30))
          .until(() -> lost(sentPerChat(api)) == 0);
      Map<String, Integer> sent = sentPerChat(api);
      List<Cycle> counted = new ArrayList<>();
      for (Cycle cycle : cycles) {
        counted.add(
            new Cycle(
                cycle.cycle(),
                cycle.due(),
                cycle.killedNanos(),
                cycle.sentAtKill(),
                cycle.killToAllArrived(),
                duplicates(sent, cycle.cycle())));
      }
      Reports.write("crash", report(counted, sent, bot) + resent(api, counted));
      keepLog(bot.log());
      assertThat(lost(sent)).as("digests lost; the bot's log: %s", bot.log()).isZero();
      assertThat(counted)
          .as("at most one digest sent twice per kill")
          .allSatisfy(c -> assertThat(c.duplicates()).isLessThanOrEqualTo(1));
    }
  }

  /** The bot's log next to the report, for reading what it did around each kill. */
  private static void keepLog(Path log) throws java.io.IOException {
    Path reports = Path.of(System.getProperty("loadtest.reports", "target/loadtest"));
    Files.createDirectories(reports);
    Files.copy(log, reports.resolve("crash-bot.log"), StandardCopyOption.REPLACE_EXISTING);
  }

  private Cycle cycle(FakeBotApi api, CrashBot bot, int c, Instant due) throws Exception {
    int killAfter = ThreadLocalRandom.current().nextInt(1, CHATS * 3 / 4 + 1);
    Duration untilDue = Duration.between(Instant.now(), due).plus(ROUND);
    await()
        .atMost(untilDue.isNegative() ? ROUND : untilDue)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> arrived(api, c) >= killAfter || !bot.isAlive());
    assertThat(bot.isAlive()).as("the bot runs; its log: %s", bot.log()).isTrue();
    bot.kill();
    long killedNanos = System.nanoTime();
    Instant killed = Instant.now();
    int sentAtKill = arrived(api, c);
    bot.start();
    await()
        .atMost(ROUND)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> arrived(api, c) == CHATS || !bot.isAlive());
    assertThat(arrived(api, c))
        .as("cohort %d: every digest arrived after the restart; the bot's log: %s", c, bot.log())
        .isEqualTo(CHATS);
    return new Cycle(c, due, killedNanos, sentAtKill, Duration.between(killed, Instant.now()), 0);
  }

  /** Cohort c: CHATS chats whose daily digest is due at {@code first} plus c minutes, in UTC. */
  private static void subscribeCohorts(String dbUrl, Instant first) throws Exception {
    try (Database database = Database.open(new DatabaseSettings(dbUrl, "sa", ""))) {
      var subscriptions = new JdbcSubscriptionRepository(database.dataSource(), Clock.systemUTC());
      for (int c = 0; c < CYCLES; c++) {
        LocalTime time = LocalTime.ofInstant(first.plus(Duration.ofMinutes(c)), ZoneOffset.UTC);
        for (int i = 0; i < CHATS; i++) {
          ChatAddress chat = ChatAddress.of("telegram", chatId(c, i));
          subscriptions.add(new NewSubscription(chat, time, Subscription.EVERY_DAY, UTC));
        }
      }
    }
  }

  private static String chatId(int cycle, int index) {
    return Long.toString(FIRST_CHAT + cycle * 1000L + index);
  }

  private static int cohortOf(String chatId) {
    return (int) ((Long.parseLong(chatId) - FIRST_CHAT) / 1000);
  }

  private static Map<String, Integer> sentPerChat(FakeBotApi api) {
    Map<String, Integer> sent = new HashMap<>();
    for (FakeBotApi.Call call : api.calls("sendMessage")) {
      sent.merge(call.json().path("chat_id").asText(), 1, Integer::sum);
    }
    return sent;
  }

  /** How many chats of cohort c got their digest. */
  private static int arrived(FakeBotApi api, int c) {
    return (int) sentPerChat(api).keySet().stream().filter(id -> cohortOf(id) == c).count();
  }

  private static int duplicates(Map<String, Integer> sent, int c) {
    return sent.entrySet().stream()
        .filter(e -> cohortOf(e.getKey()) == c)
        .mapToInt(e -> e.getValue() - 1)
        .sum();
  }

  private static int lost(Map<String, Integer> sent) {
    int lost = 0;
    for (int c = 0; c < CYCLES; c++) {
      for (int i = 0; i < CHATS; i++) {
        lost += sent.containsKey(chatId(c, i)) ? 0 : 1;
      }
    }
    return lost;
  }

  private static String report(List<Cycle> cycles, Map<String, Integer> sent, CrashBot bot)
      throws Exception {
    int due = CYCLES * CHATS;
    int duplicates = cycles.stream().mapToInt(Cycle::duplicates).sum();
    List<Long> recovery =
        cycles.stream().map(c -> c.killToAllArrived().toMillis()).sorted().toList();
    StringBuilder md = new StringBuilder();
    md.append("# Kill -9 during digest sending\n\n")
        .append(
            "Command: `./mvnw -B -o install -DskipTests && ./mvnw -B -o verify -pl loadtest"
                + " -Ploadtest -Dit.test=CrashLoadIT`\n\n")
        .append("The packaged bot (Telegram against a fake Bot API on 127.0.0.1, H2 file,")
        .append(" claim lease ")
        .append(LEASE.toSeconds())
        .append(" s) killed with SIGKILL once per cycle at a random point of a digest round of ")
        .append(CHATS)
        .append(" chats, then started again.\n\n")
        .append("| figure | value |\n|---|---|\n")
        .append("| cycles (kills) | ")
        .append(cycles.size())
        .append(" |\n")
        .append("| digests due | ")
        .append(due)
        .append(" |\n")
        .append("| lost | ")
        .append(lost(sent))
        .append(" |\n")
        .append("| sent twice | ")
        .append(duplicates)
        .append(" |\n")
        .append("| most sent twice in one kill | ")
        .append(cycles.stream().mapToInt(Cycle::duplicates).max().orElse(0))
        .append(" |\n")
        .append("| kill to the round's last digest, median | ")
        .append(recovery.get(recovery.size() / 2) / 1000.0)
        .append(" s |\n")
        .append("| kill to the round's last digest, max | ")
        .append(recovery.get(recovery.size() - 1) / 1000.0)
        .append(" s |\n")
        .append("| bot starts | ")
        .append(bot.starts())
        .append(" |\n\n")
        .append(
            "| cycle | due (UTC) | arrived before the kill | kill to last digest | sent twice |\n")
        .append("|---|---|---|---|---|\n");
    for (Cycle c : cycles) {
      md.append("| ")
          .append(c.cycle() + 1)
          .append(" | ")
          .append(c.due())
          .append(" | ")
          .append(c.sentAtKill())
          .append("/")
          .append(CHATS)
          .append(" | ")
          .append(c.killToAllArrived().toMillis() / 1000.0)
          .append(" s")
          .append(" | ")
          .append(c.duplicates())
          .append(" |\n");
    }
    md.append("\nLog lines about recovered digests: ")
        .append(countLines(bot.log(), "Recovering the digest"))
        .append("; handed back: ")
        .append(countLines(bot.log(), "handed back unsent"))
        .append("; platform did not answer within the wait: ")
        .append(countLines(bot.log(), "no answer from the platform"))
        .append(".\n");
    return md.toString();
  }

  /**
   * Each digest sent twice: its chat and when each copy reached the fake, in seconds from the kill
   * of its cycle (a copy just before the kill, the other after the restart, is the residual of a
   * send the platform accepted before its sender could record it).
   */
  private static String resent(FakeBotApi api, List<Cycle> cycles) {
    Map<String, List<Long>> times = new HashMap<>();
    for (FakeBotApi.Call call : api.calls("sendMessage")) {
      times
          .computeIfAbsent(call.json().path("chat_id").asText(), k -> new ArrayList<>())
          .add(call.nanoTime());
    }
    StringBuilder md =
        new StringBuilder("\n| digest sent twice (chat) | copies, s from the kill |\n");
    md.append("|---|---|\n");
    times.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              long killed = cycles.get(cohortOf(e.getKey())).killedNanos();
              md.append("| ").append(e.getKey()).append(" | ");
              e.getValue().forEach(t -> md.append(String.format("%+.3f ", (t - killed) / 1e9)));
              md.append("|\n");
            });
    return md.toString();
  }

  private static long countLines(Path log, String text) throws Exception {
    try (var lines = Files.lines(log)) {
      return lines.filter(line -> line.contains(text)).count();
    }
  }
}
