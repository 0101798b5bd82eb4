package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /filter} through the console, wired as {@code briefing run} wires it. */
class FilterRunTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("budget.txt"), "Council passes budget\n\nThe vote was 31 to 12.");
    Files.writeString(
        dir.resolve("storm.txt"),
        "Storms close the coast road\n\nA storm closed the coast road on Sunday.");
  }

  @Test
  void aDigestKeepsOnlyTheArticlesMatchingTheChatsFiltersWhichSurviveARestart() {
    String first =
        cli.runWithInput(
                "/filter add storms\n/digest\n",
                "run",
                "--article",
                "budget.txt",
                "--article",
                "storm.txt")
            .out();

    assertThat(first).contains("Added filter 1: \"storms\"");
    String digest = first.substring(first.indexOf("Your first digest"));
    assertThat(digest)
        .startsWith("Your first digest: 1 article.")
        .contains("Storms close the coast road")
        .doesNotContain("Council passes budget")
        .contains("1 of 2 new articles matched your filters (storms)");

    String second = cli.runWithInput("/filter list\n", "run").out();

    assertThat(second).contains("This chat's filters", "1. storms");
  }
}
