package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleButtons;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a digest: each article's title, a cited two-sentence summary and its source, with Summary
 * and Ask buttons per article. Markers run on across the articles, so [n] is the n-th citation.
 */
final class DigestComposer {
  static final int SUMMARY_SENTENCES = 2;

  /** A digest lists at most this many articles, the newest; the rest are counted. */
  static final int MAX_ARTICLES = 20;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

  private final BriefingEngine engine;

  DigestComposer(BriefingEngine engine) {
    this.engine = engine;
  }

  /**
   * The digest of {@code articles} (not empty, newest first): the first {@value #MAX_ARTICLES} each
   * with a summary, the rest counted.
   */
  Reply digest(List<AnalyzedArticle> articles, Optional<Instant> since, ZoneId zone) {
    StringBuilder text = new StringBuilder(heading(articles.size(), since, zone));
    List<Citation> citations = new ArrayList<>();
    List<List<Button>> buttons = new ArrayList<>();
    for (int i = 0; i < Math.min(articles.size(), MAX_ARTICLES); i++) {
      Article article = articles.get(i).article();
      Answer summary =
          CitationMarkers.shift(
              engine.summarize(articles.get(i), SUMMARY_SENTENCES), citations.size());
      text.append("\n\n").append(i + 1).append(". ").append(article.title());
      text.append('\n').append(summary.text());
      article.source().ifPresent(source -> text.append("\nSource: ").append(source));
      citations.addAll(summary.citations());
      buttons.add(ArticleButtons.row(i + 1, article.id()));
    }
    int more = articles.size() - MAX_ARTICLES;
    if (more > 0) {
      text.append("\n\n…and ")
          .append(more == 1 ? "1 more article" : more + " more articles")
          .append(": /articles lists them all.");
    }
    return new Reply(text.toString(), citations)
        .naming(articles.stream().map(AnalyzedArticle::article).toList())
        .withButtons(buttons);
  }

  /** The one line for a digest with nothing in it. */
  Reply nothingNew(Optional<Instant> since, ZoneId zone) {
    return Reply.text(
        since.map(s -> "Nothing new since " + when(s, zone) + ".").orElse("Nothing new yet."));
  }

  static String when(Instant instant, ZoneId zone) {
    return WHEN.format(instant.atZone(zone));
  }

  private static String heading(int count, Optional<Instant> since, ZoneId zone) {
    String articles = count == 1 ? "1 article" : count + " articles";
    return since
        .map(s -> "Your digest: " + articles + " new since " + when(s, zone) + ".")
        .orElse("Your first digest: " + articles + ".");
  }
}
