package dev.briefing.core.qa;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.model.Answer;
import dev.briefing.core.qa.speech.SpeechModel;
import dev.briefing.core.spi.SentenceEmbedder;
import java.util.List;

/** Routes a parsed question to the answerer for its kind. */
public final class QuestionAnswerer {
  private final QuestionParser parser = new QuestionParser();
  private final SpeechAnswers speech = new SpeechAnswers(SpeechModel.bundled());
  private final WhoIsAnswers whoIs = new WhoIsAnswers();
  private final FactAnswers facts;
  private final MentionedAnswers mentioned = new MentionedAnswers();
  private final Summaries summaries;

  /** How summary requests are answered. */
  @FunctionalInterface
  public interface Summaries {
    Answer summarize(List<IndexedArticle> scope, int sentences);
  }

  public QuestionAnswerer(Summaries summaries, SentenceEmbedder embedder) {
    this.summaries = summaries;
    this.facts = new FactAnswers(embedder);
  }

  public Answer answer(List<IndexedArticle> scope, String text) {
    Question q = parser.parse(text);
    return switch (q.kind()) {
      case SUMMARY ->
          summaries.summarize(
              CorpusSelection.newest(scope),
              QuestionParser.summaryLength(text).orElse(BriefingEngine.DEFAULT_SUMMARY_SENTENCES));
      case WHO_MENTIONED -> mentioned.mentioned(CorpusSelection.newest(scope));
      case WHO_QUOTED -> mentioned.quoted(CorpusSelection.newest(scope));
      case SPEECH -> speech.answer(CorpusSelection.naming(scope, q.target()), q);
      case WHO_IS ->
          whoIs
              .answer(CorpusSelection.naming(scope, q.target()), q)
              .orElseGet(() -> facts.answer(CorpusSelection.forFact(scope, q), q));
      case FACT -> facts.answer(CorpusSelection.forFact(scope, q), q);
    };
  }
}
