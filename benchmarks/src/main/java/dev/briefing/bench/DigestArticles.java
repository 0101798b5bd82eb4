package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
      String file = SampleArticles.fileName(name);
      articles.add(core.engine().analyze(core.reader().parse(file, SampleArticles.content(name))));
    }
    for (String file : EVAL) {
      articles.add(
          core.engine().analyze(core.reader().parse(file, read("digest-articles/" + file))));
    }
    return articles;
  }

  private static String read(String resource) {
    try (InputStream in = DigestArticles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no article " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
