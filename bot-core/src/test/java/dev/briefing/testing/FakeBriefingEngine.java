package dev.briefing.testing;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A predictable stand-in for the real engine: a question is answered with the first sentence that
 * contains one of its longer words; a summary is the first sentences. The question {@code "fail"}
 * throws a BriefingException and {@code "crash"} an IllegalStateException, so error paths can be
 * tested. Records every question it was asked.
 */
public final class FakeBriefingEngine implements BriefingEngine {
  private final List<String> questions = new ArrayList<>();

  @Override
  public AnalyzedArticle analyze(Article article) {
    return () -> article;
  }

  @Override
  public synchronized Answer ask(List<AnalyzedArticle> scope, String question) {
    questions.add(question);
    if (question.equals("fail")) {
      throw new BriefingException("The fake engine refuses.");
    }
    if (question.equals("crash")) {
      throw new IllegalStateException("fake engine bug");
    }
    for (AnalyzedArticle analyzed : scope) {
      for (Sentence sentence : analyzed.article().sentences()) {
        if (mentionsAnyWordOf(sentence.text(), question)) {
          Citation citation = Citation.of(analyzed.article(), sentence.number());
          return new Answer(true, sentence.text(), List.of(citation));
        }
      }
    }
    return Answer.notFound("The articles do not say.");
  }

  @Override
  public Answer summarize(AnalyzedArticle analyzed, int sentences) {
    Article article = analyzed.article();
    List<Citation> citations = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int n = 1; n <= Math.min(sentences, article.sentences().size()); n++) {
      citations.add(Citation.of(article, n));
      texts.add(article.sentence(n).text());
    }
    return new Answer(true, String.join(" ", texts), citations);
  }

  /** The questions asked so far, in order. */
  public synchronized List<String> questions() {
    return List.copyOf(questions);
  }

  private static boolean mentionsAnyWordOf(String sentence, String question) {
    String haystack = sentence.toLowerCase(Locale.ROOT);
    for (String word : question.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (word.length() >= 4 && haystack.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
