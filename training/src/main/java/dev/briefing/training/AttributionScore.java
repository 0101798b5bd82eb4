package dev.briefing.training;

import dev.briefing.training.QuoteArticle.Asked;
import dev.briefing.training.QuoteArticle.Span;
import java.util.List;

/**
 * Precision, recall and F1 of one answer, counted the way the evaluation counts them: a cited
 * sentence is right when it overlaps the source's content, neutral when it overlaps only content of
 * an unnamed source, wrong otherwise; recall is the share of speech spans touched, of at most six
 * (an answer shows six sentences at most).
 */
record AttributionScore(double precision, double recall, double f1) {

  static AttributionScore of(Asked q, List<Span> neutral, List<Span> cited) {
    int right = 0;
    int wrong = 0;
    for (Span c : cited) {
      if (c.overlapsAny(q.gold())) {
        right++;
      } else if (!c.overlapsAny(neutral)) {
        wrong++;
      }
    }
    double p = right + wrong == 0 ? (cited.isEmpty() ? 0 : 1) : (double) right / (right + wrong);
    long touched = q.speech().stream().filter(g -> g.overlapsAny(cited)).count();
    double r =
        q.speech().isEmpty() ? 0 : Math.min(1, touched / (double) Math.min(q.speech().size(), 6));
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new AttributionScore(p, r, f);
  }
}
