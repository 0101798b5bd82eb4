package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleButtons;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.store.DigestLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a digest, one entry per story ({@link StoryGrouping}) in the chat's {@link DigestLayout}:
 * summaries (each story's lead title, a cited two-sentence summary, its source and "also in: …" the
 * other outlets, with Summary and Ask buttons) or headlines ({@link HeadlinesDigest}). Markers run
 * on across the entries, so [n] is the n-th citation.
 */
final class DigestComposer {
  static final int SUMMARY_SENTENCES = 2;

  /**
   * A digest lists at most this many stories unless the chat set its size; the rest are counted.
   */
  static final int MAX_ARTICLES = DigestLayout.DEFAULT.size();

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm z", Locale.ENGLISH);

  private final BriefingEngine engine;
  private final StoryGrouping grouping;

  /** A composer that groups nothing: one entry per article. */
  DigestComposer(BriefingEngine engine) {
    this(engine, StoryGrouping.NONE);
  }

  DigestComposer(BriefingEngine engine, StoryGrouping grouping) {
    this.engine = engine;
    this.grouping = grouping;
  }

  /** The digest of {@code articles} in the default layout. */
  Reply digest(List<AnalyzedArticle> articles, Optional<Instant> since, ZoneId zone) {
    return digest(articles, since, zone, DigestLayout.DEFAULT);
  }

  /**
   * The digest of {@code articles} (not empty, newest first), grouped into stories: the first
   * {@code layout.size()} in the layout's style, the rest counted.
   */
  Reply digest(
      List<AnalyzedArticle> articles, Optional<Instant> since, ZoneId zone, DigestLayout layout) {
    List<Story> stories = grouping.group(articles);
    String heading = heading(articles.size(), stories.size(), since, zone);
    if (layout.style() == DigestLayout.Style.HEADLINES) {
      return HeadlinesDigest.write(heading, stories, layout.size());
    }
    StringBuilder text = new StringBuilder(heading);
    List<Citation> citations = new ArrayList<>();
    List<List<Button>> buttons = new ArrayList<>();
    int shown = Math.min(stories.size(), layout.size());
    for (int i = 0; i < shown; i++) {
      text.append("\n\n").append(i + 1).append(". ");
      entry(stories.get(i).lead(), i + 1, text, citations, buttons);
      String alsoIn = StorySources.alsoIn(stories.get(i));
      if (!alsoIn.isEmpty()) {
        text.append('\n').append(alsoIn);
      }
    }
    int more = stories.size() - shown;
    if (more > 0) {
      String what = stories.size() == articles.size() ? "article" : "story";
      text.append("\n\n…and ")
          .append(more == 1 ? "1 more " + what : more + " more " + plural(what))
          .append(": /articles lists them all.");
    }
    return new Reply(text.toString(), citations)
        .naming(stories.stream().map(s -> s.lead().article()).toList())
        .withButtons(buttons);
  }

  /**
   * One article as an instant post: the same entry as in a digest (title, cited two-sentence
   * summary, source, Summary and Ask buttons), followed by {@code footer} when not empty.
   */
  Reply post(AnalyzedArticle article, String footer) {
    StringBuilder text = new StringBuilder();
    List<Citation> citations = new ArrayList<>();
    List<List<Button>> buttons = new ArrayList<>();
    entry(article, 1, text, citations, buttons);
    if (!footer.isEmpty()) {
      text.append('\n').append(footer);
    }
    return new Reply(text.toString(), citations)
        .naming(List.of(article.article()))
        .withButtons(buttons);
  }

  /** Appends an article's entry; its citation markers continue from those already collected. */
  private void entry(
      AnalyzedArticle analyzed,
      int number,
      StringBuilder text,
      List<Citation> citations,
      List<List<Button>> buttons) {
    Article article = analyzed.article();
    Answer summary =
        CitationMarkers.shift(engine.summarize(analyzed, SUMMARY_SENTENCES), citations.size());
    text.append(article.title());
    text.append('\n').append(summary.text());
    article.source().ifPresent(source -> text.append("\nSource: ").append(source));
    citations.addAll(summary.citations());
    buttons.add(ArticleButtons.row(number, article.id()));
  }

  /** The one line for a digest with nothing in it. */
  Reply nothingNew(Optional<Instant> since, ZoneId zone) {
    return Reply.text(
        since.map(s -> "Nothing new since " + when(s, zone) + ".").orElse("Nothing new yet."));
  }

  static String when(Instant instant, ZoneId zone) {
    return WHEN.format(instant.atZone(zone));
  }

  private static String plural(String word) {
    return word.equals("story") ? "stories" : word + "s";
  }

  private static String heading(int count, int stories, Optional<Instant> since, ZoneId zone) {
    String articles =
        (count == 1 ? "1 article" : count + " articles")
            + (stories == count ? "" : " in " + (stories == 1 ? "1 story" : stories + " stories"));
    return since
        .map(s -> "Your digest: " + articles + " new since " + when(s, zone) + ".")
        .orElse("Your first digest: " + articles + ".");
  }
}
