package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskAndSummarizeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(dir);
    Files.writeString(
        dir.resolve("budget.txt"),
        "Council passes budget\n\n\u201cWe kept every promise,\u201d the mayor said.\n\n"
            + "The vote was 31 to 12.\n\nTaxes stay flat until 2027.");
    Files.writeString(dir.resolve("storm.txt"), "Storm hits coast\n\nWinds reached 120 km/h.");
  }

  @Test
  void asksWithJsonOfExactlyFoundAnswerAndCitations() throws IOException {
    CliRunner.Result result =
        cli.run("ask", "--article", "budget.txt", "--json", "What", "was", "the", "vote?");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).hasSize(1);
    JsonNode answer = JSON.readTree(result.out());
    assertThat(answer.properties())
        .extracting(e -> e.getKey())
        .containsExactly("found", "answer", "citations");
    assertThat(answer.get("found").asBoolean()).isTrue();
    assertThat(answer.get("answer").asText()).isEqualTo("The vote was 31 to 12.");
    JsonNode citation = answer.get("citations").get(0);
    assertThat(citation.properties())
        .extracting(e -> e.getKey())
        .containsExactly("article", "sentence", "text");
    assertThat(citation.get("sentence").asInt()).isEqualTo(3);
    assertThat(citation.get("text").asText()).isEqualTo("The vote was 31 to 12.");
    assertThat(cli.engine.questions()).containsExactly("What was the vote?");
  }

  @Test
  void keepsCurlyQuotesVerbatimInJson() throws IOException {
    JsonNode answer =
        JSON.readTree(cli.run("ask", "--article", "budget.txt", "--json", "promise?").out());

    assertThat(answer.get("answer").asText())
        .isEqualTo("\u201cWe kept every promise,\u201d the mayor said.");
  }

  @Test
  void printsAnswerThenSourcesWithoutJson() {
    CliRunner.Result result = cli.run("ask", "--article", "budget.txt", "What was the vote?");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .matches(
            "(?s)The vote was 31 to 12\\.\n\nSources:\n1\\. article a\\w+, sentence 3: The vote was 31 to 12\\.\n");
  }

  @Test
  void searchesEveryArticleGiven() throws IOException {
    String out =
        cli.run("ask", "--article", "budget.txt", "--article", "storm.txt", "--json", "winds?")
            .out();

    assertThat(JSON.readTree(out).get("answer").asText()).isEqualTo("Winds reached 120 km/h.");
  }

  @Test
  void reportsNotFoundAsJsonWithNoCitations() throws IOException {
    CliRunner.Result result =
        cli.run("ask", "--article", "budget.txt", "--json", "Who won the cup?");

    assertThat(result.exitCode()).isZero();
    assertThat(JSON.readTree(result.out()).toString())
        .isEqualTo("{\"found\":false,\"answer\":\"The articles do not say.\",\"citations\":[]}");
  }

  @Test
  void batchAnswersEachNonBlankLineInOrder() throws IOException {
    String stdin = "What was the vote?\n\n   \nwinds?\nfail\ncrash\nTaxes?\n";

    CliRunner.Result result =
        cli.runWithInput(stdin, "ask", "--article", "budget.txt", "--json", "--batch");

    assertThat(result.exitCode()).isZero();
    List<JsonNode> lines = result.out().lines().map(this::parse).toList();
    assertThat(lines)
        .extracting(n -> n.get("answer").asText())
        .containsExactly(
            "The vote was 31 to 12.",
            "The articles do not say.",
            "The fake engine refuses.",
            "Sorry, something went wrong on my side while handling that. Please try again.",
            "Taxes stay flat until 2027.");
    assertThat(lines)
        .extracting(n -> n.get("found").asBoolean())
        .containsExactly(true, false, false, false, true);
    assertThat(cli.engine.questions())
        .containsExactly("What was the vote?", "winds?", "fail", "crash", "Taxes?");
  }

  @Test
  void batchWithNoInputPrintsNothing() {
    CliRunner.Result result =
        cli.runWithInput("", "ask", "--article", "budget.txt", "--json", "--batch");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void summarizesInTheDefaultThreeSentences() throws IOException {
    JsonNode summary =
        JSON.readTree(cli.run("summarize", "--article", "budget.txt", "--json").out());

    assertThat(summary.get("found").asBoolean()).isTrue();
    assertThat(summary.get("citations"))
        .extracting(c -> c.get("sentence").asInt())
        .containsExactly(1, 2, 3);
  }

  @Test
  void summarizesInTheGivenNumberOfSentences() {
    CliRunner.Result result = cli.run("summarize", "--article", "budget.txt", "--sentences", "2");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("Council passes budget \u201cWe kept")
        .contains("\n\nSources:\n1. ")
        .contains("\n2. ")
        .doesNotContain("\n3. ");
  }

  private JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
