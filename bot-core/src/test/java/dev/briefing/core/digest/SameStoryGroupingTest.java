package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.digest.LabelledStories.Labelled;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Story grouping on the labelled set in {@code grouping/stories.txt}: 35 articles, 16 stories, 22
 * same-story pairs and 573 different-story pairs, many on the same topic. Precision and recall are
 * over pairs; the figures are in docs/quality.md.
 */
class SameStoryGroupingTest {
  private static final List<Labelled> SET = LabelledStories.load().articles();

  private final SameStoryGrouping grouping = new SameStoryGrouping();

  @Test
  void pairsScoredAtTheThresholdAreSameStoryWithHighPrecisionAndRecall() {
    Counts counts = new Counts();
    for (int i = 0; i < SET.size(); i++) {
      for (int j = i + 1; j < SET.size(); j++) {
        double score =
            grouping.similarity(
                grouping.terms(SET.get(i).article()), grouping.terms(SET.get(j).article()));
        counts.add(sameStory(SET.get(i), SET.get(j)), score >= SameStoryGrouping.NAMES_THRESHOLD);
      }
    }

    System.out.println("Pairs at the threshold: " + counts);
    assertThat(counts.positives()).isEqualTo(22);
    assertThat(counts.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void groupingTheWholeSetInAnyOrderFindsItsStories() {
    List<Labelled> shuffled = new ArrayList<>(SET);
    Collections.shuffle(shuffled, new Random(15));
    Map<AnalyzedArticle, Integer> storyOf = new HashMap<>();
    List<Story> stories = grouping.group(shuffled.stream().map(Labelled::article).toList());
    for (int s = 0; s < stories.size(); s++) {
      storyOf.put(stories.get(s).lead(), s);
      for (AnalyzedArticle other : stories.get(s).alsoIn()) {
        storyOf.put(other, s);
      }
    }

    Counts counts = new Counts();
    for (int i = 0; i < SET.size(); i++) {
      for (int j = i + 1; j < SET.size(); j++) {
        boolean grouped =
            storyOf.get(SET.get(i).article()).equals(storyOf.get(SET.get(j).article()));
        counts.add(sameStory(SET.get(i), SET.get(j)), grouped);
      }
    }

    System.out.println("Grouped set: " + stories.size() + " stories; " + counts);
    assertThat(storyOf).hasSize(SET.size());
    assertThat(counts.precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(counts.recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theLeadIsTheLongestArticleAndStoriesKeepTheOrderOfTheirNewest() {
    AnalyzedArticle shortHalvard = labelled("storm-halvard", "c");
    AnalyzedArticle longHalvard = labelled("storm-halvard", "a");
    AnalyzedArticle odessa = labelled("hurricane-odessa", "a");

    List<Story> stories = grouping.group(List.of(shortHalvard, odessa, longHalvard));

    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).lead()).isSameAs(longHalvard);
    assertThat(stories.get(0).alsoIn()).containsExactly(shortHalvard);
    assertThat(stories.get(1)).isEqualTo(Story.of(odessa));
  }

  @Test
  void articlesThatNameNothingAreOneStoryOnlyWhenTheirWordsNearlyMatch() {
    AnalyzedArticle copy1 =
        plain("a", "the river rose overnight and the old bridge was closed to traffic");
    AnalyzedArticle copy2 =
        plain("b", "the river rose overnight and the old bridge was closed to all traffic");
    AnalyzedArticle other =
        plain("c", "the river fell overnight and the ferry ran again for the morning");

    List<Story> stories = grouping.group(List.of(copy1, copy2, other));

    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).alsoIn()).hasSize(1);
    assertThat(stories.get(1)).isEqualTo(Story.of(other));
  }

  private static AnalyzedArticle plain(String id, String text) {
    Article article =
        new Article(
            id,
            "river news",
            Optional.empty(),
            List.of("river news", text),
            List.of(new Sentence(1, 1, text)));
    return () -> article;
  }

  private static AnalyzedArticle labelled(String story, String outlet) {
    return SET.stream()
        .filter(l -> l.story().equals(story) && l.outlet().equals(outlet))
        .findFirst()
        .orElseThrow()
        .article();
  }

  private static boolean sameStory(Labelled a, Labelled b) {
    return a.story().equals(b.story());
  }

  /** Pair counts: true and false positives, false negatives, true negatives. */
  private static final class Counts {
    private int tp;
    private int fp;
    private int fn;
    private int tn;

    void add(boolean actual, boolean predicted) {
      if (actual && predicted) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (actual) {
        fn++;
      } else {
        tn++;
      }
    }

    int positives() {
      return tp + fn;
    }

    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    @Override
    public String toString() {
      return String.format(
          "precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)",
          precision(), recall(), tp, fp, fn, tn);
    }
  }
}
