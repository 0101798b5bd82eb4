package dev.briefing.core.qa;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.ChatAnswer;
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
    return answer(scope, parser.parse(text), text, Shown.NONE).answer();
  }

  /**
   * The answer as {@link #answer(List, String)} gives it, without the sentences already {@code
   * shown}, with who the question is about and whether more sentences would answer it. Summaries
   * and who is mentioned or quoted do not leave sentences out, and never have more.
   */
  public ChatAnswer answerInChat(List<IndexedArticle> scope, String text, Shown shown) {
    Question q = parser.parse(text);
    Answered answered = answer(scope, q, text, shown);
    Subjects.Subject subject = Subjects.of(scope, q);
    return new ChatAnswer(
        answered.answer(), subject.person(), subject.organisation(), answered.more());
  }

  private Answered answer(List<IndexedArticle> scope, Question q, String text, Shown shown) {
    return switch (q.kind()) {
      case SUMMARY ->
          Answered.complete(
              summaries.summarize(
                  CorpusSelection.newest(scope),
                  QuestionParser.summaryLength(text)
                      .orElse(BriefingEngine.DEFAULT_SUMMARY_SENTENCES)));
      case WHO_MENTIONED -> Answered.complete(mentioned.mentioned(CorpusSelection.newest(scope)));
      case WHO_QUOTED -> Answered.complete(mentioned.quoted(CorpusSelection.newest(scope)));
      case SPEECH -> speech.answer(CorpusSelection.naming(scope, q.target()), q, shown);
      case WHO_IS ->
          whoIs
              .answer(CorpusSelection.naming(scope, q.target()), q, shown)
              .orElseGet(() -> facts.answer(CorpusSelection.forFact(scope, q), q, shown));
      case FACT -> facts.answer(CorpusSelection.forFact(scope, q), q, shown);
    };
  }
}
