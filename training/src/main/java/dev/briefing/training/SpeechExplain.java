package dev.briefing.training;

import dev.briefing.core.DefaultBriefingEngine;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.nlp.OpenNlpPipeline;
import dev.briefing.core.qa.IndexedArticle;
import dev.briefing.core.qa.Question;
import dev.briefing.core.qa.QuestionParser;
import dev.briefing.core.qa.speech.SpeechFeatures;
import dev.briefing.core.qa.speech.SpeechModel;
import dev.briefing.core.qa.speech.SpeechTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows why the who-said-what model cites what it cites: every sentence linked to the asked source,
 * with its probability and features.
 *
 * <pre>
 * java -cp ... dev.briefing.training.SpeechExplain ARTICLE.txt "What did Smith say?"
 * </pre>
 */
public final class SpeechExplain {
  private SpeechExplain() {}

  public static void main(String[] args) {
    OpenNlpPipeline nlp = new OpenNlpPipeline();
    IndexedArticle a =
        (IndexedArticle)
            new DefaultBriefingEngine(nlp)
                .analyze(new DefaultArticleReader(nlp).read(Path.of(args[0])));
    Question q = new QuestionParser().parse(args[1]);
    System.out.println(q);
    SpeechTarget target = SpeechTarget.of(a, q.targetAsWritten());
    System.out.println("target: " + target);
    SpeechModel model = SpeechModel.bundled();
    for (Map.Entry<Integer, List<String>> e : SpeechFeatures.of(a, target).entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "%3d %.2f %s%n      %s%n",
          e.getKey(),
          model.probability(e.getValue()),
          a.article().sentence(e.getKey()).text(),
          e.getValue());
    }
  }
}
