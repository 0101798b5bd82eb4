package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadInputTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("ok.txt"), "Title\n\nA sentence.");
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing file      | ask --article nope.txt Who?               | no such file:",
        "empty file        | ask --article empty.txt Who?             | empty.txt is empty",
        "binary file       | summarize --article binary.txt           | binary.txt is a binary file",
        "unknown option    | ask --article ok.txt --colour Who?       | Unknown option: '--colour'",
        "unknown and missing | ask --colour Who?                      | Unknown option: '--colour'; Missing required option: '--article=PATH'",
        "unknown command   | chat                                     | Unmatched argument at index 0: 'chat'",
        "missing question  | ask --article ok.txt                     | missing QUESTION",
        "question and batch| ask --article ok.txt --batch Who?        | give a QUESTION or --batch, not both",
        "missing article   | ask Who?                                 | Missing required option: '--article=PATH'",
        "zero sentences    | summarize --article ok.txt --sentences 0 | --sentences must be a whole number of at least 1, was 0",
        "word sentences    | summarize --article ok.txt --sentences x | Invalid value for option '--sentences': 'x' is not an int",
        "missing config    | run --config nope.yml                    | no such configuration file:",
      })
  void failsWithOneLineOnStderrAndExitCodeTwo(String name, String args, String problem) {
    CliRunner.Result result = cli.run(args.strip().split(" +"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("briefing: ")
        .contains(problem);
  }

  @Test
  void rejectsBadOptionsBeforeLoadingTheEngine() {
    cli.run("ask", "--article", "ok.txt", "--colour", "Who?");
    cli.run("summarize", "--article", "ok.txt", "--sentences", "0");

    assertThat(cli.coreLoads).isZero();
  }

  @Test
  void pointsToTheHelpOfTheCommandThatFailed() {
    assertThat(cli.run("ask", "--article", "ok.txt", "--colour", "Who?").err())
        .endsWith("(see 'briefing ask --help')\n");
  }

  @Test
  void reportsAnUnexpectedFailureInOneLineWithExitCodeOne() {
    cli.withCore(
        () -> {
          throw new IllegalStateException("models missing\n\tat somewhere");
        });

    CliRunner.Result result = cli.run("ask", "--article", "ok.txt", "Who?");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines())
        .containsExactly(
            "briefing: unexpected error: java.lang.IllegalStateException: models missing at somewhere");
  }

  @Test
  void printsHelpAndVersionWithExitCodeZero() {
    assertThat(cli.run("--help").out()).contains("run", "ask", "summarize");
    assertThat(cli.run("ask", "--help").out())
        .contains("--article=PATH", "--json", "--batch", "QUESTION");
    assertThat(cli.run("--version").exitCode()).isZero();
  }
}
