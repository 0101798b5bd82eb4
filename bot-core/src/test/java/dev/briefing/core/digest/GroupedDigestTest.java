package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.LabelledStories.Labelled;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.DigestLayout.Style;
import dev.briefing.testing.FakeBriefingEngine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Digests with grouped stories, in both styles. */
class GroupedDigestTest {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final List<Labelled> SET = LabelledStories.load().articles();

  private final DigestComposer composer =
      new DigestComposer(new FakeBriefingEngine(), new SameStoryGrouping());

  @Test
  void oneStoryFromThreeOutletsIsOneEntryNamingTheOthers() {
    List<AnalyzedArticle> articles =
        List.of(
            article("storm-halvard", "b"),
            article("hurricane-odessa", "a"),
            article("storm-halvard", "c"),
            article("storm-halvard", "a"));

    Reply digest = composer.digest(articles, Optional.empty(), UTC, DigestLayout.DEFAULT);

    assertThat(digest.text())
        .startsWith("Your first digest: 4 articles in 2 stories.")
        .contains("\n\n1. France: 780,000 without electricity after Halvard hits the west\n")
        .contains("\nalso in: europe-daily.example, coastpost.example\n\n2. Hurricane Odessa")
        .doesNotContain("3. ");
    assertThat(digest.buttons()).hasSize(2);
  }

  @Test
  void headlinesListTitlesAndLinksWithoutSummariesOrButtons() {
    List<AnalyzedArticle> articles =
        List.of(article("storm-halvard", "a"), article("storm-halvard", "c"));

    Reply digest =
        composer.digest(articles, Optional.empty(), UTC, new DigestLayout(Style.HEADLINES, 10));

    assertThat(digest.text())
        .isEqualTo(
            """
            Your first digest: 2 articles in 1 story.

            1. Storm Halvard batters Brittany with record gusts
            https://www.coastpost.example/2024/storm-halvard
            also in: europe-daily.example""");
    assertThat(digest.buttons()).isEmpty();
    assertThat(digest.citations()).isEmpty();
  }

  @Test
  void fiftyHeadlinesFitOneTelegramMessageAndTheRestAreCounted() {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      articles.add(
          distinct(
              i,
              "Harbour council votes on the ferry line & its timetable, part " + i,
              "https://news" + i + ".example/2024/06/a-rather-long-path-for-story-" + i));
    }

    String text =
        composer
            .digest(articles, Optional.empty(), UTC, new DigestLayout(Style.HEADLINES, 50))
            .text();

    assertThat(text.length()).isLessThanOrEqualTo(HeadlinesDigest.MAX_CHARS);
    assertThat(text)
        .contains("\n20. ")
        .matches("(?s).*…and \\d+ more stories: /articles lists them all\\.$");
  }

  @Test
  void summariesKeepTheirFormWhenNothingIsGrouped() {
    List<AnalyzedArticle> articles =
        List.of(article("rates-norland", "a"), article("rates-castoria", "a"));

    String text = composer.digest(articles, Optional.empty(), UTC, DigestLayout.DEFAULT).text();

    assertThat(text)
        .startsWith("Your first digest: 2 articles.\n\n1. Norland")
        .doesNotContain("also in");
  }

  private static AnalyzedArticle article(String story, String outlet) {
    return SET.stream()
        .filter(l -> l.story().equals(story) && l.outlet().equals(outlet))
        .findFirst()
        .orElseThrow()
        .article();
  }

  /** An article sharing only topic words with the others, on its own host. */
  private static AnalyzedArticle distinct(int n, String title, String link) {
    StringBuilder text = new StringBuilder("It named");
    for (int w = 0; w < 8; w++) {
      text.append(" q").append(n).append("x").append(w);
    }
    text.append('.');
    String body = text.toString();
    Article article =
        new Article(
            "a-" + n,
            title,
            Optional.of(link),
            List.of(title, body),
            List.of(new Sentence(1, 1, body)));
    return () -> article;
  }
}
