package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.BriefingCore;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.SignedRequests;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code briefing run} instances in Slack HTTP mode on one database (an H2 file both open), as
 * a cluster behind a load balancer: a thread started with a mention on one instance goes on with an
 * unaddressed reply delivered to the other, because the conversation and the inbound event log live
 * in the database. Each instance has the real engine (the bundled sample article), its own work
 * directory, its own Bolt endpoint and its own fake Slack Web API, so every answer is known by the
 * instance that sent it.
 */
class SlackSharedConversationIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String CHANNEL = "C0NEWS";
  private static final String MENTION_TS = "1700000000.000100";
  private static final Pattern CITED = Pattern.compile("sentence (\\d+)");

  @TempDir Path dir;
  private final List<Instance> instances = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Instance instance : instances) {
      instance.stop();
    }
  }

  @Test
  void anotherInstanceContinuesTheThreadAndARetryToTheFirstIsNotAnsweredAgain() throws Exception {
    String database = "jdbc:h2:file:" + dir.resolve("shared").resolve("briefing");
    Instance a = start("a", database);
    String mention = mention("Ev0ASK", "<@U0BOT> What did Lavrov say?", MENTION_TS, null);
    await().atMost(WAIT).until(() -> a.exited() || a.accepts(mention));
    assertThat(a.exited()).as("instance A is still running").isFalse();
    await().atMost(WAIT).until(() -> a.threadPosts().size() == 1);
    String first = everything(a.threadPosts().get(0));
    Set<String> citedByA = cited(first);
    assertThat(citedByA).as("A's answer cites sentences: " + first).isNotEmpty();

    Instance b = start("b", database);
    String reply = threadReply("Ev0WHO", "Who is he?", "1700000060.000700");
    await().atMost(WAIT).until(() -> b.exited() || b.accepts(reply));
    assertThat(b.exited()).as("instance B is still running").isFalse();
    await().atMost(WAIT).until(() -> b.threadPosts().size() == 1);

    // B answers in the same thread about the person A's answer was about: it cites the sentence
    // that names him, one A's answer quoted too, instead of saying the article does not say.
    String second = everything(b.threadPosts().get(0));
    assertThat(second).contains("Foreign Minister").doesNotContain("does not say");
    assertThat(cited(second)).as("B's citations: " + second).isNotEmpty().isSubsetOf(citedByA);

    // Slack retries the reply to A, which checks the shared event log before it acknowledges:
    // the next question in the thread, asked after the retry, is the only other answer.
    assertThat(
            a.slack
                .post(
                    SignedRequests.JSON,
                    reply,
                    "X-Slack-Retry-Num",
                    "1",
                    "X-Slack-Retry-Reason",
                    "http_timeout")
                .statusCode())
        .isEqualTo(200);
    a.slack.post(
        SignedRequests.JSON,
        mention("Ev0NEXT", "<@U0BOT> What did Putin say?", "1700000120.000900", MENTION_TS));
    await().atMost(WAIT).until(() -> a.threadPosts().size() == 2);
    assertThat(b.threadPosts()).hasSize(1);
    String next = everything(a.threadPosts().get(1));
    assertThat(next).contains("Putin");
    assertThat(cited(next))
        .as("the new question's citations")
        .doesNotContainAnyElementsOf(cited(second));
  }

  private Instance start(String name, String database) throws IOException {
    Instance instance = new Instance(Files.createDirectories(dir.resolve(name)), database);
    instances.add(instance);
    return instance;
  }

  /** One {@code briefing run} process, in-process: its own port, fake Web API and real engine. */
  private static final class Instance {
    final FakeSlackApi api = new FakeSlackApi();
    final SignedRequests slack;
    private final CliRunner cli;
    private final AtomicReference<CliRunner.Result> result = new AtomicReference<>();
    private final Thread running;

    Instance(Path workDir, String database) throws IOException {
      int port = freePort();
      cli = new CliRunner(workDir).withCore(BriefingCore::createDefault);
      cli.env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
      cli.env.put("SLACK_SIGNING_SECRET", SECRET);
      cli.env.put("SLACK_HTTP_PORT", String.valueOf(port));
      cli.env.put("SLACK_API_URL", api.apiUrl().toString());
      cli.env.put("BRIEFING_DB_URL", database);
      running = new Thread(() -> result.set(cli.run("run")), "briefing-" + workDir.getFileName());
      running.start();
      slack = new SignedRequests(port, SECRET);
    }

    boolean exited() {
      return result.get() != null;
    }

    /** Posts {@code event}; false while the endpoint is not listening yet. */
    boolean accepts(String event) {
      try {
        return slack.post(SignedRequests.JSON, event).statusCode() == 200;
      } catch (RuntimeException e) {
        return false;
      }
    }

    /** What this instance posted in the mention's thread. */
    List<FakeSlackApi.Post> threadPosts() {
      return api.postsTo(CHANNEL).stream()
          .filter(post -> MENTION_TS.equals(post.form().get("thread_ts")))
          .toList();
    }

    void stop() throws Exception {
      cli.shutdown();
      running.join(WAIT.toMillis());
      api.close();
    }
  }

  /** A post's fallback text and blocks, where the sources are. */
  private static String everything(FakeSlackApi.Post post) {
    return Stream.of(post.form().get("text"), post.form().get("blocks"))
        .filter(part -> part != null)
        .reduce("", (all, part) -> all + "\n" + part);
  }

  private static Set<String> cited(String answer) {
    Set<String> numbers = new TreeSet<>();
    Matcher matcher = CITED.matcher(answer);
    while (matcher.find()) {
      numbers.add(matcher.group(1));
    }
    return numbers;
  }

  private static String mention(String eventId, String text, String ts, String threadTs) {
    String thread = threadTs == null ? "" : "\"thread_ts\":\"" + threadTs + "\",";
    return envelope(
        eventId,
        "{\"type\":\"app_mention\",\"user\":\"U0ALICE\",\"text\":\""
            + text
            + "\",\"ts\":\""
            + ts
            + "\","
            + thread
            + "\"channel\":\""
            + CHANNEL
            + "\",\"event_ts\":\""
            + ts
            + "\",\"team\":\"T0TEAM\"}");
  }

  // A reply in the mention's thread that does not name the bot.
  private static String threadReply(String eventId, String text, String ts) {
    return envelope(
        eventId,
        "{\"type\":\"message\",\"channel_type\":\"channel\",\"user\":\"U0BOB\",\"text\":\""
            + text
            + "\",\"ts\":\""
            + ts
            + "\",\"thread_ts\":\""
            + MENTION_TS
            + "\",\"parent_user_id\":\"U0BOT\",\"channel\":\""
            + CHANNEL
            + "\",\"event_ts\":\""
            + ts
            + "\",\"team\":\"T0TEAM\"}");
  }

  private static String envelope(String eventId, String event) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\",\"event\":"
        + event
        + ",\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
