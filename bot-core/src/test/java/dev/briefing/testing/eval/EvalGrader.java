package dev.briefing.testing.eval;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Grades an answer the way {@code shared/eval/grade.py} does (the found flag, expect_any,
 * expect_all and forbid), plus citations that quote the article's own sentences verbatim.
 */
public final class EvalGrader {
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

  private EvalGrader() {}

  /** Every problem with the answer; empty when the case passes. */
  public static List<String> problems(EvalCase c, Answer answer, Article article) {
    List<String> problems = new ArrayList<>(gradeProblems(c, answer));
    problems.addAll(citationProblems(answer, article));
    return problems;
  }

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
        problems.add("citation " + citation.sentence() + " differs from the article's sentence");
      }
    }
    return problems;
  }

  /** Curly quotes folded to straight ones, lower case, runs of white space folded to one space. */
  public static String norm(String text) {
    String folded =
        text.replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT)
            .strip();
    return WHITESPACE.matcher(folded).replaceAll(" ");
  }
}
