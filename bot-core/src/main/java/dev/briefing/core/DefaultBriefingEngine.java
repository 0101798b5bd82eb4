package dev.briefing.core;

import dev.briefing.core.analysis.DiscourseAnalyzer;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.ChatAnswer;
import dev.briefing.core.model.Citation;
import dev.briefing.core.nlp.LanguagePipeline;
import dev.briefing.core.qa.AnswerBuilder;
import dev.briefing.core.qa.IndexedArticle;
import dev.briefing.core.qa.QuestionAnswerer;
import dev.briefing.core.qa.Shown;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import dev.briefing.core.spi.SentenceEmbedder;
import dev.briefing.core.summary.TextRankSummarizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The briefing engine: discourse analysis, BM25 retrieval and extractive answers. */
public final class DefaultBriefingEngine implements BriefingEngine {
  private static final int MAX_QUESTION_LENGTH = 1000;
  private static final Answer NO_ARTICLES =
      Answer.notFound("There are no articles yet. Add one with /add.");

  private final DiscourseAnalyzer analyzer;
  private final TextRankSummarizer summarizer = new TextRankSummarizer();
  private final SentenceEmbedder embedder;
  private final QuestionAnswerer answerer;

  /** An engine on BM25 retrieval alone. */
  public DefaultBriefingEngine(LanguagePipeline nlp) {
    this(nlp, SentenceEmbedder.NONE);
  }

  /** An engine that blends BM25 with the embedder's semantic similarity. */
  public DefaultBriefingEngine(LanguagePipeline nlp, SentenceEmbedder embedder) {
    this.analyzer = new DiscourseAnalyzer(nlp);
    this.embedder = embedder;
    this.answerer = new QuestionAnswerer(this::summarizeAll, embedder);
  }

  @Override
  public AnalyzedArticle analyze(Article article) {
    List<String> texts = article.sentences().stream().map(s -> s.text()).toList();
    return new IndexedArticle(
        article,
        analyzer.analyze(article),
        new LuceneSentenceIndex(article.sentences()),
        embedder.embed(texts));
  }

  @Override
  public Answer ask(List<AnalyzedArticle> scope, String question) {
    if (scope.isEmpty()) {
      return NO_ARTICLES;
    }
    return answerer.answer(indexed(scope), checked(question));
  }

  @Override
  public ChatAnswer ask(List<AnalyzedArticle> scope, String question, Collection<Citation> shown) {
    if (scope.isEmpty()) {
      return ChatAnswer.of(NO_ARTICLES);
    }
    return answerer.answerInChat(indexed(scope), checked(question), Shown.of(shown));
  }

  private static String checked(String question) {
    String q = question == null ? "" : question.strip();
    if (q.length() > MAX_QUESTION_LENGTH) {
      throw new BriefingException(
          "That question is too long ("
              + q.length()
              + " characters); keep it under "
              + MAX_QUESTION_LENGTH
              + ".");
    }
    return q;
  }

  @Override
  public Answer summarize(AnalyzedArticle article, int sentences) {
    if (sentences < 1) {
      throw new BriefingException("A summary needs at least 1 sentence, not " + sentences + ".");
    }
    return summarizeAll(indexed(List.of(article)), sentences);
  }

  private Answer summarizeAll(List<IndexedArticle> scope, int sentences) {
    AnswerBuilder out = new AnswerBuilder();
    for (IndexedArticle a : scope) {
      if (scope.size() > 1) {
        out.line(a.article().title() + ":");
      }
      for (int n : summarizer.summarize(a.article(), a.analysis(), sentences)) {
        out.cite(a.article(), n);
      }
    }
    return out.build();
  }

  private static List<IndexedArticle> indexed(List<AnalyzedArticle> scope) {
    List<IndexedArticle> out = new ArrayList<>(scope.size());
    for (AnalyzedArticle a : scope) {
      if (!(a instanceof IndexedArticle indexed)) {
        throw new IllegalArgumentException(
            "article was not analyzed by this engine: " + a.article().id());
      }
      out.add(indexed);
    }
    return out;
  }
}
