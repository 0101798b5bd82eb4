package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import java.util.ArrayList;
import java.util.List;

/** Twenty distinct news articles: the three samples and the seventeen evaluation articles. */
final class DigestArticles {
  static final List<String> EVAL =
      List.of(
          "airline-pilot-strike.txt",
          "antarctic-river-landscape.txt",
          "bakery-founders-feud.txt",
          "calder-foods-outlook.txt",
          "county-library-closures.txt",
          "cycle-lanes-single-quotes.txt",
          "fintech-fraud-sentencing.txt",
          "fuel-tax-vote.txt",
          "heatwave-markdown.md",
          "italy-flooding.txt",
          "mayor-bribery-charges.txt",
          "nasal-flu-vaccine.txt",
          "port-strike-page.html",
          "rovers-cup-semifinal.txt",
          "senate-stopgap-bill.txt",
          "streaming-price-rise.txt",
          "tennis-semifinal-upset.txt");

  private DigestArticles() {}

  /** The twenty articles, read and analyzed by {@code core}. */
  static List<AnalyzedArticle> analyzed(BriefingCore core) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (String name : SampleArticles.NAMES) {
      articles.add(SampleArticles.analyzed(core, name));
    }
    for (String file : EVAL) {
      String text = SampleArticles.resource("digest-articles/" + file, "article");
      articles.add(core.engine().analyze(core.reader().parse(file, text)));
    }
    return articles;
  }
}
