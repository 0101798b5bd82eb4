package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import dev.briefing.core.model.Answer;
import dev.briefing.testing.eval.EvalCase;
import dev.briefing.testing.eval.EvalGrader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the evaluation cases (the shared dev set on the sample corpus, and the project's own cases
 * on articles written for it) through the engine, checking answers exactly like {@code
 * shared/eval/grade.py} does, plus that every citation quotes its article sentence verbatim.
 */
class EvalCasesTest {

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
    return EvalCase.readAll(casesResource).stream()
        .map(c -> DynamicTest.dynamicTest(c.id(), () -> runNamed(c, articleDir)));
  }

  /** Surefire reports dynamic tests by index, so every failure names its case id too. */
  private static void runNamed(EvalCase c, String articleDir) {
    if (c.isKnownWrong()) {
      // Strict: a known-wrong case that starts passing must lose its mark, so the list stays true.
      assertThatThrownBy(() -> run(c, resource(articleDir + c.article())))
          .as(
              "[%s] is marked known_wrong (%s) but now passes: remove the mark",
              c.id(), c.knownWrong())
          .isInstanceOf(AssertionError.class);
      return;
    }
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
    List<String> problems = EvalGrader.problems(c, answer, analyzed.article());
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
}
