package dev.briefing.training;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.training.QuoteArticle.Span;
import java.util.ArrayList;
import java.util.List;

/** Where each of an article's sentences lies in the text it was read from. */
final class SentenceSpans {
  private SentenceSpans() {}

  /** Index = sentence number - 1; a sentence that cannot be found gets an empty span. */
  static List<Span> of(Article article, String text) {
    List<Span> out = new ArrayList<>();
    int cursor = 0;
    for (Sentence s : article.sentences()) {
      int at = text.indexOf(s.text(), cursor);
      if (at < 0) {
        at = text.indexOf(s.text());
      }
      if (at < 0) {
        out.add(new Span(0, 0));
        continue;
      }
      out.add(new Span(at, at + s.text().length()));
      cursor = at + s.text().length();
    }
    return out;
  }
}
