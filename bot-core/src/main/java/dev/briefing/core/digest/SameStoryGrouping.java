package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Groups articles that tell the same story by the names and figures they share: the Jaccard
 * similarity of their {@link StoryTerms#names()} (people, places, organisations, numbers), which
 * tells two reports of one storm (Halvard, Brest, 780,000) from reports of two storms, whose shared
 * words are the topic's ("wind", "power"). Articles that name almost nothing are grouped only when
 * their words nearly match (a syndicated copy). An article joins the story it is most similar to,
 * if any member reaches the threshold; a story's lead is its longest article (the newest of equal
 * ones), the one a digest summarizes. The thresholds are measured on a labelled set of same-story
 * and same-topic pairs (docs/quality.md, "Grouped stories"). Thread-safe.
 */
public final class SameStoryGrouping implements StoryGrouping {
  /** Names Jaccard at which two articles tell one story: measured, see the class comment. */
  public static final double NAMES_THRESHOLD = 0.3;

  /** Fewer shared names than this is chance (a surname, a weekday), whatever the Jaccard. */
  static final int MIN_SHARED_NAMES = 3;

  /** Words Jaccard at which two articles that name too little to compare are one text. */
  static final double NEAR_DUPLICATE_WORDS = 0.6;

  private final Analyzer analyzer = StoryTerms.analyzer();
  private final double threshold;

  public SameStoryGrouping() {
    this(NAMES_THRESHOLD);
  }

  /**
   * @param threshold the names Jaccard (0..1] at which two articles are one story
   */
  public SameStoryGrouping(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public List<Story> group(List<AnalyzedArticle> articles) {
    List<StoryTerms> terms =
        articles.stream().map(a -> StoryTerms.of(a.article(), analyzer)).toList();
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      List<Integer> best = null;
      double bestScore = 0;
      for (List<Integer> group : groups) {
        for (int member : group) {
          double score = similarity(terms.get(i), terms.get(member));
          if (score >= threshold && score > bestScore) {
            best = group;
            bestScore = score;
          }
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        groups.add(best);
      }
      best.add(i);
    }
    return groups.stream().map(group -> story(articles, group)).toList();
  }

  /**
   * How alike two articles' stories are, 0..1: their names' Jaccard; for two that name too little,
   * 1 when their words nearly match, else 0.
   */
  double similarity(StoryTerms a, StoryTerms b) {
    int sharedNames = shared(a.names(), b.names());
    if (sharedNames >= MIN_SHARED_NAMES) {
      return jaccard(sharedNames, a.names(), b.names());
    }
    boolean fewNames = Math.min(a.names().size(), b.names().size()) < MIN_SHARED_NAMES;
    return fewNames
            && jaccard(shared(a.words(), b.words()), a.words(), b.words()) >= NEAR_DUPLICATE_WORDS
        ? 1
        : 0;
  }

  /** Terms of one article, for tests that score pairs. */
  StoryTerms terms(AnalyzedArticle article) {
    return StoryTerms.of(article.article(), analyzer);
  }

  private static Story story(List<AnalyzedArticle> articles, List<Integer> group) {
    int lead =
        group.stream()
            .max(
                Comparator.comparingInt((Integer i) -> length(articles.get(i)))
                    .thenComparing(i -> -i))
            .orElseThrow();
    List<AnalyzedArticle> others = new ArrayList<>();
    for (int i : group) {
      if (i != lead) {
        others.add(articles.get(i));
      }
    }
    return new Story(articles.get(lead), others);
  }

  private static int length(AnalyzedArticle article) {
    return article.article().sentences().stream()
        .map(Sentence::text)
        .mapToInt(String::length)
        .sum();
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size();
  }

  private static double jaccard(int shared, Set<String> a, Set<String> b) {
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
