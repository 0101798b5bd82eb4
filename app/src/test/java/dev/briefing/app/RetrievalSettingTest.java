package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code retrieval.embeddings} reaches the engine from each command. */
class RetrievalSettingTest {
  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    Files.writeString(dir.resolve("budget.txt"), "Council passes budget\n\nThe vote was 31 to 12.");
  }

  @Test
  void askUsesEmbeddingsByDefault() {
    assertThat(cli.run("ask", "--article", "budget.txt", "What was the vote?").exitCode()).isZero();

    assertThat(cli.retrieval.embeddings()).isTrue();
  }

  @Test
  void askAndSummarizeTakeTheEnvironmentOverride() {
    cli.env.put("BRIEFING_RETRIEVAL_EMBEDDINGS", "false");

    assertThat(cli.run("ask", "--article", "budget.txt", "What was the vote?").exitCode()).isZero();
    assertThat(cli.retrieval.embeddings()).isFalse();
    assertThat(cli.run("summarize", "--article", "budget.txt").exitCode()).isZero();
    assertThat(cli.retrieval.embeddings()).isFalse();
  }

  @Test
  void askRejectsABadOverrideInOneLine() {
    cli.env.put("BRIEFING_RETRIEVAL_EMBEDDINGS", "maybe");

    CliRunner.Result result = cli.run("ask", "--article", "budget.txt", "What was the vote?");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("briefing: ")
        .contains("BRIEFING_RETRIEVAL_EMBEDDINGS must be true or false, was \"maybe\"");
    assertThat(cli.coreLoads).isZero();
  }

  @Test
  void runTakesTheSettingFromItsConfigurationFile() throws IOException {
    writeConfig("retrieval:\n  embeddings: false\n");

    assertThat(cli.runWithInput("/quit\n", "run").exitCode()).isZero();

    assertThat(cli.retrieval.embeddings()).isFalse();
  }

  @Test
  void theEnvironmentOverridesTheFileForRun() throws IOException {
    writeConfig("retrieval:\n  embeddings: false\n");
    cli.env.put("BRIEFING_RETRIEVAL_EMBEDDINGS", "true");

    assertThat(cli.runWithInput("/quit\n", "run").exitCode()).isZero();

    assertThat(cli.retrieval.embeddings()).isTrue();
  }

  private void writeConfig(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/briefing.yml"), yaml);
  }
}
