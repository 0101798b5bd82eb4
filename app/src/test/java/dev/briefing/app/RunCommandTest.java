package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("budget.txt"), "Council passes budget\n\nThe vote was 31 to 12.");
  }

  @Test
  void chatsAboutTheBundledSampleWithoutArticles() {
    CliRunner.Result result = cli.runWithInput("/articles\n", "run");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Articles, newest first:\n1. NATO: \u201cWe Follow Russia Closely\u201d (id ");
  }

  @Test
  void noSubcommandMeansRun() {
    CliRunner.Result result = cli.runWithInput("/articles\n");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Hello!").contains("1. NATO: ");
  }

  @Test
  void loadsTheGivenArticlesAndAnswersUntilQuit() {
    CliRunner.Result result =
        cli.runWithInput(
            "What was the vote?\n/quit\n/articles\n", "run", "--article", "budget.txt");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("1. Council passes budget (id ")
        .contains("The vote was 31 to 12.\n\nSources:\n1. article ")
        .endsWith("Bye.\n");
  }

  @Test
  void usesTheConfigInTheWorkingDirectory() throws IOException {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/more.txt"), "Title\n\nOne.\n\nTwo.\n\nThree.");
    Files.writeString(
        dir.resolve("config/briefing.yml"), "summary:\n  sentences: 2\narticles:\n  - more.txt\n");

    String out = cli.runWithInput("/summary\n", "run").out();

    assertThat(out).contains("Title One.\n\nSources:\n1. ").doesNotContain("\n3. article");
  }

  @Test
  void environmentOverridesTheConfig() {
    cli.env.put("BRIEFING_SUMMARY_SENTENCES", "1");

    String out = cli.runWithInput("/summary\n", "run", "--article", "budget.txt").out();

    assertThat(out)
        .contains("Council passes budget\n\nSources:\n1. ")
        .doesNotContain("\n2. article");
  }

  @Test
  void listsEveryConfigProblemInOneLine() throws IOException {
    Files.writeString(
        dir.resolve("bad.yml"), "summary:\n  sentences: 0\n  style: short\nconsole: yes-please\n");

    CliRunner.Result result = cli.run("run", "--config", "bad.yml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("briefing: invalid configuration in ")
        .contains(
            "(3 problems)",
            "unknown key summary.style",
            "console must hold",
            "summary.sentences must be from 1 to 10, was 0");
    assertThat(cli.coreLoads).isZero();
  }

  @Test
  void listsTheEnabledPlatformsMissingSecretsWithTheFilesProblemsBeforeStartingAnything()
      throws IOException {
    Files.writeString(dir.resolve("bad.yml"), "summary:\n  sentences: 0\n");
    cli.env.put("SLACK_BOT_TOKEN", "xoxb-secret-token");
    cli.env.put("TELEGRAM_BOT_TOKEN", "123456:secret-part");
    cli.env.put("TELEGRAM_WEBHOOK_URL", "http://insecure.example/hook");
    cli.env.put("BRIEFING_LOG_FORMAT", "xml");

    CliRunner.Result result = cli.run("run", "--config", "bad.yml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("briefing: invalid configuration in ")
        .contains(
            "summary.sentences must be from 1 to 10, was 0",
            "slack: ",
            "telegram: ",
            "BRIEFING_LOG_FORMAT must be text or json")
        .doesNotContain("xoxb-secret-token", "secret-part");
    assertThat(cli.coreLoads).isZero();
    assertThat(dir.resolve("data")).as("no database was opened").doesNotExist();
  }

  @Test
  void refusesToRunWithNothingEnabled() {
    cli.env.put("BRIEFING_CONSOLE_ENABLED", "false");

    CliRunner.Result result = cli.run("run", "--article", "budget.txt");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "briefing: nothing to run: console.enabled is false and no chat platform is enabled");
  }

  @Test
  void aSubscriptionSurvivesARestartOnTheSameDatabaseFile() {
    String first = cli.runWithInput("/subscribe weekdays 07:30 Europe/Berlin\n", "run").out();
    assertThat(first).contains("Subscribed: ");

    String second = cli.runWithInput("/subscriptions\n", "run").out();

    assertThat(second).contains("This chat's digests:", "07:30", "weekdays", "Europe/Berlin");
    assertThat(dir.resolve("data")).isDirectory();
  }

  @Test
  void addedArticlesAreKeptAcrossRestartsAndTheSampleIsNotStoredTwice() {
    String added = cli.runWithInput("/add " + dir.resolve("budget.txt") + "\n", "run").out();
    assertThat(added).contains("Council passes budget");

    String out = cli.runWithInput("/articles\n", "run").out();

    String listed = out.substring(out.lastIndexOf("Articles, newest first:"));
    assertThat(listed).containsOnlyOnce("NATO: ").containsOnlyOnce("Council passes budget");
  }

  @Test
  void aBadDatabaseSettingIsListedWithTheConfigProblems() throws IOException {
    Files.writeString(dir.resolve("bad.yml"), "digests:\n  default_zone: Mars/Olympus\n");
    cli.env.put("BRIEFING_DB_URL", "jdbc:mysql://db/briefing");

    CliRunner.Result result = cli.run("run", "--config", "bad.yml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .contains("(2 problems)", "Mars/Olympus", "BRIEFING_DB_URL must be a jdbc:h2:");
  }

  @Test
  void theAdminPortAnswersWhileTheBotRuns() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    cli.env.put("BRIEFING_ADMIN_PORT", String.valueOf(port));
    var http = HttpClient.newHttpClient();
    var ready = URI.create("http://127.0.0.1:" + port + "/readyz");
    List<String> seen = new CopyOnWriteArrayList<>();
    // The console reads its input on this thread; a reader that answers /readyz first shows the
    // bot is ready while it serves.
    Reader probing =
        new Reader() {
          private Reader lines;

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            if (lines == null) {
              try {
                var response =
                    http.send(
                        HttpRequest.newBuilder(ready).build(),
                        HttpResponse.BodyHandlers.ofString());
                seen.add(response.statusCode() + " " + response.body().strip());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              lines = new StringReader("/articles\n");
            }
            return lines.read(buffer, offset, length);
          }

          @Override
          public void close() {}
        };

    CliRunner.Result result = cli.runWithReader(probing, "run");

    assertThat(result.exitCode()).isZero();
    assertThat(seen).containsExactly("200 ready");
  }
}
