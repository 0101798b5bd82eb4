package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar's {@code ask --json}, as scripts and the evaluation call it: stdout is the
 * answer's JSON and nothing else, whatever the log format (logback must not print its own status
 * there).
 */
class PackagedCliIT {
  private static final Path JAR = Path.of("target", "briefing.jar").toAbsolutePath();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void askJsonWritesOnlyTheAnswerToStdout(String logFormat) throws Exception {
    Path article = dir.resolve("budget.txt");
    Files.writeString(article, "Council passes budget\n\nThe vote was 31 to 12.\n");
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toString(),
            "ask",
            "--json",
            "--article",
            article.toString(),
            "What was the vote?");
    builder.environment().put("BRIEFING_LOG_FORMAT", logFormat);
    builder.environment().put("BRIEFING_RETRIEVAL_EMBEDDINGS", "false");
    builder.redirectError(dir.resolve("stderr.log").toFile());
    Process process = builder.start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as("stderr: %s", stderr()).isZero();
    assertThat(stdout.lines().toList()).as("stdout").hasSize(1);
    JsonNode answer = new ObjectMapper().readTree(stdout);
    assertThat(answer.path("found").asBoolean()).isTrue();
    assertThat(answer.toString()).contains("The vote was 31 to 12.");
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.log"), StandardCharsets.UTF_8);
  }
}
