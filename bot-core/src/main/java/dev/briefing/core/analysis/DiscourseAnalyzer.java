package dev.briefing.core.analysis;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.LanguagePipeline;
import dev.briefing.core.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article sentence by sentence, keeping track of who is being talked about, and finds the
 * entities, their roles and aliases, and who says what.
 */
public final class DiscourseAnalyzer {
  private final LanguagePipeline nlp;

  public DiscourseAnalyzer(LanguagePipeline nlp) {
    this.nlp = nlp;
  }

  public ArticleAnalysis analyze(Article article) {
    DiscoursePass pass = new DiscoursePass(article.sentences().size());
    List<Sentence> sentences = article.sentences();
    int i = 0;
    while (i < sentences.size()) {
      int paragraph = sentences.get(i).paragraph();
      String text = article.paragraphs().get(paragraph);
      List<Sentence> inParagraph = new ArrayList<>();
      while (i < sentences.size() && sentences.get(i).paragraph() == paragraph) {
        inParagraph.add(sentences.get(i++));
      }
      List<TaggedSentence> tagged = new ArrayList<>();
      for (Sentence s : inParagraph) {
        tagged.add(nlp.tag(s.text()));
      }
      pass.paragraph(text, inParagraph, tagged, paragraph == 0);
    }
    return pass.result();
  }
}
