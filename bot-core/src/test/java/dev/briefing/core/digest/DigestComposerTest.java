package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigestComposerTest {
  private final FakeBriefingEngine fake = new FakeBriefingEngine();

  /** Summarizes as the real engine writes it: each sentence on its line with its own [k]. */
  private final BriefingEngine engine =
      new BriefingEngine() {
        @Override
        public AnalyzedArticle analyze(Article article) {
          return fake.analyze(article);
        }

        @Override
        public Answer ask(List<AnalyzedArticle> scope, String question) {
          return fake.ask(scope, question);
        }

        @Override
        public Answer summarize(AnalyzedArticle analyzed, int sentences) {
          Article article = analyzed.article();
          List<Citation> citations = new ArrayList<>();
          List<String> lines = new ArrayList<>();
          for (int n = 1; n <= Math.min(sentences, article.sentences().size()); n++) {
            citations.add(Citation.of(article, n));
            lines.add(article.sentence(n).text() + " [" + n + "]");
          }
          return new Answer(true, String.join("\n", lines), citations);
        }
      };

  private final DigestComposer composer = new DigestComposer(engine);

  @Test
  void markersRunOnAcrossItemsSoEachNamesItsOwnCitation() {
    List<AnalyzedArticle> articles =
        List.of(
            article("storm.txt", "Storm hits coast\nWinds reached 120 km/h.\nRoofs flew."),
            article("budget.txt", "Budget passes\nThe council voted.\nThe mayor signed."),
            article("ferry.txt", "Ferry fares rise\nFares rose by ten percent."));

    Reply digest = composer.digest(articles, Optional.empty(), ZoneId.of("UTC"));

    List<Integer> markers = new ArrayList<>();
    Matcher marker = Pattern.compile(" \\[(\\d+)\\]$", Pattern.MULTILINE).matcher(digest.text());
    while (marker.find()) {
      int n = Integer.parseInt(marker.group(1));
      markers.add(n);
      String line = digest.text().substring(0, marker.start());
      String sentence = line.substring(line.lastIndexOf('\n') + 1);
      assertThat(digest.citations().get(n - 1).text()).isEqualTo(sentence);
    }
    assertThat(markers).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(digest.citations()).hasSize(6);
  }

  @Test
  void eachItemHasASummaryAndAnAskButtonForItsArticle() {
    AnalyzedArticle storm = article("storm.txt", "Storm hits coast\nWinds reached 120 km/h.");
    AnalyzedArticle budget = article("budget.txt", "Budget passes\nThe council voted.");

    Reply digest = composer.digest(List.of(storm, budget), Optional.empty(), ZoneId.of("UTC"));

    String stormId = storm.article().id();
    String budgetId = budget.article().id();
    assertThat(digest.buttons())
        .containsExactly(
            List.of(
                new Button("1 · Summary", "/summary " + stormId),
                new Button("1 · Ask about this", "/use " + stormId)),
            List.of(
                new Button("2 · Summary", "/summary " + budgetId),
                new Button("2 · Ask about this", "/use " + budgetId)));
  }

  @Test
  void namesEachCitedArticleByItsHeadlineSoSourcesDoNotShowIds() {
    AnalyzedArticle storm = article("storm.txt", "Storm hits coast\nWinds reached 120 km/h.");
    AnalyzedArticle budget = article("budget.txt", "Budget passes\nThe council voted.");

    Reply digest = composer.digest(List.of(storm, budget), Optional.empty(), ZoneId.of("UTC"));

    assertThat(digest.articles().get(storm.article().id()).title()).isEqualTo("Storm hits coast");
    assertThat(digest.articles().get(budget.article().id()).title()).isEqualTo("Budget passes");
  }

  private AnalyzedArticle article(String name, String text) {
    return engine.analyze(new FakeArticleReader().parse(name, text));
  }
}
