package dev.briefing.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the evaluation cases (the shared dev set on the sample corpus, and the project's own cases
 * on articles written for it) through the engine, checking answers exactly like {@code
 * shared/eval/grade.py} does, plus that every citation quotes its article sentence verbatim.
 */
class EvalCasesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  /** One instance for the whole class: it loads the language models. */
  private static BriefingCore core;

  private static RuntimeException coreFailure;
  private static final Map<Path, AnalyzedArticle> ANALYZED = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> devCases() {
    return casesFrom("/eval/dev-questions.jsonl", "/corpus/");
  }

  @TestFactory
  Stream<DynamicTest> ownCases() {
    return casesFrom("/eval/own-questions.jsonl", "/eval/articles/");
  }

  private static Stream<DynamicTest> casesFrom(String casesResource, String articleDir) {
    return readCases(casesResource).stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> runNamed(c, articleDir)));
  }

  /** Surefire reports dynamic tests by index, so every failure names its case id too. */
  private static void runNamed(EvalCase c, String articleDir) {
    try {
      run(c, resource(articleDir + c.article()));
    } catch (AssertionError e) {
      throw new AssertionError("[" + c.id() + "] " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("[" + c.id() + "] engine failed: " + e, e);
    }
  }

  private static void run(EvalCase c, Path articlePath) {
    AnalyzedArticle analyzed = analyzed(articlePath);
    BriefingEngine engine = core().engine();
    Answer answer =
        c.summarize()
            ? engine.summarize(analyzed, BriefingEngine.DEFAULT_SUMMARY_SENTENCES)
            : engine.ask(List.of(analyzed), c.question());
    List<String> problems = new ArrayList<>(gradeProblems(c, answer));
    problems.addAll(citationProblems(answer, analyzed.article()));
    if (!problems.isEmpty()) {
      fail(
          String.join("; ", problems)
              + "\n  question: "
              + (c.summarize() ? "summarize" : c.question())
              + "\n  answer: "
              + answer.text()
              + "\n  citations: "
              + answer.citations());
    }
  }

  /** The checks of grade.py: the found flag, expect_any, expect_all and forbid. */
  private static List<String> gradeProblems(EvalCase c, Answer answer) {
    List<String> problems = new ArrayList<>();
    String text = norm(answer.text());
    if (answer.found() != c.found()) {
      problems.add("found=" + answer.found() + " (expected " + c.found() + ")");
    }
    if (!c.expectAny().isEmpty() && c.expectAny().stream().noneMatch(p -> text.contains(norm(p)))) {
      problems.add("none of " + c.expectAny());
    }
    for (String phrase : c.expectAll()) {
      if (!text.contains(norm(phrase))) {
        problems.add("missing '" + phrase + "'");
      }
    }
    for (String phrase : c.forbid()) {
      if (text.contains(norm(phrase))) {
        problems.add("forbidden '" + phrase + "'");
      }
    }
    return problems;
  }

  /**
   * Citations must quote the article's own numbered sentences, and only when something is found.
   */
  private static List<String> citationProblems(Answer answer, Article article) {
    List<String> problems = new ArrayList<>();
    if (answer.found() && answer.citations().isEmpty()) {
      problems.add("found:true answer without citations");
    }
    if (!answer.found() && !answer.citations().isEmpty()) {
      problems.add("found:false answer with citations");
    }
    for (Citation citation : answer.citations()) {
      if (!citation.article().equals(article.id())) {
        problems.add("citation names article " + citation.article() + ", not " + article.id());
      } else if (citation.sentence() > article.sentences().size()) {
        problems.add("citation of sentence " + citation.sentence() + " beyond the article's end");
      } else if (!citation.text().equals(article.sentence(citation.sentence()).text())) {
        problems.add(
            "citation "
                + citation.sentence()
                + " text '"
                + citation.text()
                + "' differs from the article's sentence '"
                + article.sentence(citation.sentence()).text()
                + "'");
      }
    }
    return problems;
  }

  /** Curly quotes folded to straight ones, lower case, runs of white space folded to one space. */
  static String norm(String text) {
    String folded =
        text.replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT)
            .strip();
    return WHITESPACE.matcher(folded).replaceAll(" ");
  }

  private static synchronized BriefingCore core() {
    if (core == null) {
      if (coreFailure != null) {
        throw coreFailure;
      }
      try {
        core = BriefingCore.createDefault();
      } catch (RuntimeException e) {
        coreFailure = e;
        throw e;
      }
    }
    return core;
  }

  private static synchronized AnalyzedArticle analyzed(Path path) {
    AnalyzedArticle cached = ANALYZED.get(path);
    if (cached == null) {
      BriefingCore c = core();
      cached = c.engine().analyze(c.reader().read(path));
      ANALYZED.put(path, cached);
    }
    return cached;
  }

  private static List<EvalCase> readCases(String resource) {
    try {
      List<EvalCase> cases = new ArrayList<>();
      for (String line : Files.readAllLines(resource(resource), StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          cases.add(EvalCase.from(JSON.readTree(line)));
        }
      }
      assertTrue(!cases.isEmpty(), "no cases in " + resource);
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    URL url = EvalCasesTest.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }

  /** One line of a cases file, in the format grade.py reads. */
  private record EvalCase(
      String id,
      String article,
      String question,
      boolean summarize,
      boolean found,
      List<String> expectAny,
      List<String> expectAll,
      List<String> forbid) {

    static EvalCase from(JsonNode node) {
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
          strings(node, "forbid"));
    }

    private static List<String> strings(JsonNode node, String field) {
      List<String> values = new ArrayList<>();
      node.path(field).forEach(v -> values.add(v.asText()));
      return List.copyOf(values);
    }
  }
}
