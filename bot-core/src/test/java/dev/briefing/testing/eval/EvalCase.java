package dev.briefing.testing.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of a cases file, in the format {@code shared/eval/grade.py} reads. */
public record EvalCase(
    String id,
    String article,
    String question,
    boolean summarize,
    boolean found,
    List<String> expectAny,
    List<String> expectAll,
    List<String> forbid,
    String knownWrong) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads every case of a JSONL class-path resource. */
  public static List<EvalCase> readAll(String resource) {
    try {
      List<EvalCase> cases = new ArrayList<>();
      for (String line : Resources.text(resource).split("\n")) {
        if (!line.isBlank()) {
          cases.add(from(JSON.readTree(line)));
        }
      }
      if (cases.isEmpty()) {
        throw new IllegalStateException("no cases in " + resource);
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EvalCase from(JsonNode node) {
    String id = node.path("id").asText("");
    if (id.isBlank() || node.path("article").asText("").isBlank()) {
      throw new IllegalArgumentException("case without id or article: " + node);
    }
    String command = node.path("command").asText("ask");
    if (!command.equals("ask") && !command.equals("summarize")) {
      throw new IllegalArgumentException(id + ": unknown command " + command);
    }
    boolean summarize = command.equals("summarize");
    String question = node.path("question").asText("");
    if (!summarize && question.isBlank()) {
      throw new IllegalArgumentException(id + ": ask case without a question");
    }
    return new EvalCase(
        id,
        node.path("article").asText(),
        question,
        summarize,
        node.path("found").asBoolean(true),
        strings(node, "expect_any"),
        strings(node, "expect_all"),
        strings(node, "forbid"),
        node.path("known_wrong").asText(""));
  }

  /** Whether the engine is known to answer this case wrongly (the reason is in the case). */
  public boolean isKnownWrong() {
    return !knownWrong.isBlank();
  }

  private static List<String> strings(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.path(field).forEach(v -> values.add(v.asText()));
    return List.copyOf(values);
  }

  /** Class-path text, read as a stream: the engine's cases come inside its test jar. */
  public static final class Resources {
    private Resources() {}

    public static boolean exists(String name) {
      return EvalCase.class.getResource(name) != null;
    }

    public static String text(String name) {
      try (InputStream in = EvalCase.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
  }
}
